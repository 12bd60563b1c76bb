package org.residentindex.report;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.residentindex.fixtures.CountyGenerator;
import org.residentindex.ingest.config.LinkConfigReader;
import org.residentindex.ingest.config.SourceConfig;

/**
 * Builds run directories for tests without the pipeline: a generated county, and a "linker" that writes
 * entities.csv from truth.csv (perfect, or perturbed by a function of the true entity id), links.csv with
 * synthetic weights and run.json.
 */
final class GeneratedRuns {

    private GeneratedRuns() {
    }

    static Path county(Path dir, int residents, long seed, int snapshots) {
        CountyGenerator.builder().residents(residents).seed(seed).snapshots(snapshots).build().generate(dir);
        return dir;
    }

    /** A run over {@code extract} (a county folder with truth.csv and link.yaml) with the perfect linker. */
    static Path perfectRun(Path extract, Path linkYaml, Path gazetteer, Path runDir) throws IOException {
        return run(extract, linkYaml, gazetteer, runDir, (ref, entity) -> entity);
    }

    /**
     * A run whose entity ids are {@code linker.apply("source#record_id", trueEntity)}: returning the true
     * entity gives the perfect linker.
     */
    static Path run(Path extract, Path linkYaml, Path gazetteer, Path runDir,
                    BiFunction<String, String, String> linker) throws IOException {
        Files.createDirectories(runDir);
        Map<String, List<String[]>> byEntity = new LinkedHashMap<>();
        CSVFormat headed = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        long records = 0;
        try (Reader in = Files.newBufferedReader(extract.resolve("truth.csv"), StandardCharsets.UTF_8);
             CSVParser truth = CSVParser.parse(in, headed);
             Writer w = Files.newBufferedWriter(runDir.resolve("entities.csv"), StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            out.printRecord("source", "record_id", "entity_id");
            for (CSVRecord r : truth) {
                String source = r.get("source");
                String id = r.get("record_id");
                String entity = linker.apply(source + "#" + id, r.get("entity_id"));
                out.printRecord(source, id, entity);
                byEntity.computeIfAbsent(entity, k -> new ArrayList<>()).add(new String[] {source, id});
                records++;
            }
        }
        writeLinks(runDir, byEntity);
        List<RunManifest.Source> sources = new ArrayList<>();
        for (SourceConfig s : new LinkConfigReader().read(linkYaml).sources()) {
            Path file = extract.resolve(s.path().getFileName()).toAbsolutePath();
            sources.add(new RunManifest.Source(s.name(), file.toString(), s.id()));
        }
        new RunManifest(RunManifest.SCHEMA, linkYaml.toAbsolutePath().toString(), sources,
                gazetteer.toAbsolutePath().toString(), null,
                "2026-04-01T09:00:00Z", records, new RunManifest.Thresholds(8.0, 4.0))
                .write(runDir.resolve(RunManifest.FILE));
        return runDir;
    }

    /** Consecutive pairs within each entity at high weights, plus one low-weight near miss per entity. */
    private static void writeLinks(Path runDir, Map<String, List<String[]>> byEntity) throws IOException {
        try (Writer w = Files.newBufferedWriter(runDir.resolve("links.csv"), StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            out.printRecord("left_source", "left_record_id", "right_source", "right_record_id", "match_weight",
                    "match_probability");
            int k = 0;
            String[] previousEntityFirst = null;
            for (List<String[]> recs : byEntity.values()) {
                for (int i = 1; i < recs.size(); i++) {
                    double weight = 9.0 + (k++ % 13);
                    out.printRecord(recs.get(i - 1)[0], recs.get(i - 1)[1], recs.get(i)[0], recs.get(i)[1], weight,
                            1.0 - Math.pow(2, -weight));
                }
                if (previousEntityFirst != null && k % 3 == 0) {
                    double weight = -4.0 + (k % 11);
                    out.printRecord(previousEntityFirst[0], previousEntityFirst[1], recs.get(0)[0], recs.get(0)[1],
                            weight, 1.0 / (1.0 + Math.pow(2, -weight)));
                }
                previousEntityFirst = recs.get(0);
            }
        }
    }
}
