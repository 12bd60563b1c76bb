package org.residentindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ingest.config.LinkConfigReader;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.insight.DatasetMeasures;

/**
 * Every count the report shows is recomputed here from the run's entities.csv and the source files, with a
 * plain CSV parser and none of the report's code; the open data never shows a count from 1 to 9; the trend
 * between a perturbed and a perfect linker finds exactly the merges and splits the perturbation made.
 */
class ReportCountsTest {

    private static final CSVFormat HEADED = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    @TempDir
    static Path dir;

    private static Path county;
    private static Path perfect;
    private static Path perturbed;
    private static Report report;
    /** source → record id → entity id, from entities.csv. */
    private static final Map<String, Map<String, String>> ENTITIES = new LinkedHashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        county = GeneratedRuns.county(dir.resolve("county"), 900, 23, 1);
        Path yaml = county.resolve("link.yaml");
        perfect = GeneratedRuns.perfectRun(county, yaml, county.resolve("gazetteer.csv"), dir.resolve("run"));
        perturbed = GeneratedRuns.run(county, yaml, county.resolve("gazetteer.csv"), dir.resolve("perturbed"),
                (ref, entity) -> Math.floorMod(entity.hashCode(), 5) == 0 ? "~" + ref : entity);
        report = new ReportGenerator().generate(ReportOptions.of(perfect).withBaseline(perturbed));
        for (CSVRecord r : rows(perfect.resolve("entities.csv"))) {
            ENTITIES.computeIfAbsent(r.get("source"), k -> new HashMap<>()).put(r.get("record_id"), r.get("entity_id"));
        }
    }

    private static List<CSVRecord> rows(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(in, HEADED)) {
            return p.getRecords();
        }
    }

    private static Map<String, Path> sourceFiles() {
        Map<String, Path> files = new LinkedHashMap<>();
        for (SourceConfig s : new LinkConfigReader().read(county.resolve("link.yaml")).sources()) {
            files.put(s.name(), s.path());
        }
        return files;
    }

    @Test
    void datasetCounts_addUpAgainstSourcesAndEntities() throws IOException {
        Map<String, Path> files = sourceFiles();
        assertThat(report.datasets()).extracting(DatasetMeasures::source).containsExactlyElementsOf(files.keySet());
        Map<String, Set<String>> sourcesOfEntity = new HashMap<>();
        ENTITIES.forEach((source, m) -> m.values().forEach(e -> sourcesOfEntity.computeIfAbsent(e,
                k -> new HashSet<>()).add(source)));
        long records = 0;
        long linked = 0;
        for (DatasetMeasures d : report.datasets()) {
            long rowsInFile = rows(files.get(d.source())).size();
            Map<String, String> ids = ENTITIES.get(d.source());
            long residents = new HashSet<>(ids.values()).size();
            long linkedHere = ids.values().stream().filter(e -> sourcesOfEntity.get(e).size() > 1).count();

            assertThat(d.records() + d.rejected()).as(d.source()).isEqualTo(rowsInFile);
            assertThat(d.records()).as(d.source()).isEqualTo(ids.size());
            assertThat(d.residents()).as(d.source()).isEqualTo(residents);
            assertThat(d.duplicateRecords()).isEqualTo(d.records() - d.residents());
            assertThat(d.uprnGiven() + d.uprnMatched() + d.uprnUnmatched()).isEqualTo(d.records());
            assertThat(d.linkedToOther()).as(d.source()).isEqualTo(linkedHere);
            records += d.records();
            linked += linkedHere;
        }
        long allResidents = sourcesOfEntity.size();
        long multi = sourcesOfEntity.values().stream().filter(s -> s.size() > 1).count();
        assertThat(report.bases()).isEqualTo(new Report.Bases(records, linked, allResidents, multi,
                report.datasets().stream().mapToLong(DatasetMeasures::duplicateRecords).sum()));
        var by = report.overlap().residentsByServices();
        assertThat(by.get("1") + by.get("2") + by.get("3+")).isEqualTo(allResidents);
        assertThat(by.get("2") + by.get("3+")).isEqualTo(multi);
    }

    @Test
    void overlapMatrix_equalsResidentsSharedInEntitiesCsv() {
        List<String> sources = report.overlap().sources();
        for (int i = 0; i < sources.size(); i++) {
            Set<String> a = new HashSet<>(ENTITIES.get(sources.get(i)).values());
            for (int j = 0; j < sources.size(); j++) {
                Set<String> shared = new HashSet<>(ENTITIES.get(sources.get(j)).values());
                shared.retainAll(a);
                assertThat(report.overlap().matrix().get(i).get(j)).as(sources.get(i) + "×" + sources.get(j))
                        .isEqualTo((long) shared.size());
            }
        }
    }

    @Test
    void insightCounts_examinedPlusNotExaminedIsTheDataset_andTenanciesAreDistinctReferences() throws IOException {
        for (InsightView i : report.insights()) {
            assertThat(i.examined() + i.base().notExamined()).as(i.id()).isEqualTo(ENTITIES.get(i.source()).size());
            assertThat(i.flags()).as(i.id()).hasSize((int) i.flagged());
        }
        InsightView sublet = report.insights().stream().filter(i -> i.id().equals("possible_subletting")).findFirst()
                .orElseThrow();
        Set<String> tenancies = new HashSet<>();
        for (CSVRecord r : rows(sourceFiles().get("housing_tenancies"))) {
            tenancies.add(r.get("tenancy_ref"));
        }
        assertThat(sublet.base().unit()).isEqualTo("tenancies");
        assertThat(sublet.base().unitsExamined()).isEqualTo(tenancies.size()).isLessThan(sublet.examined());
    }

    @Test
    void html_printedCounts_areTheRecomputedOnes() throws IOException {
        String html = new HtmlReportWriter().render(report, Messages.of("en"));
        Report.Bases b = report.bases();

        assertThat(html).contains(String.format(java.util.Locale.ROOT, "Of %,d records, %,d (", b.records(),
                b.duplicateRecords()));
        assertThat(html).contains(String.format(java.util.Locale.ROOT, "Of %,d residents, %,d (", b.residents(),
                b.multiService()));
        Path csv = dir.resolve("exports");
        CsvExports.write(report, csv);
        List<CSVRecord> exported = rows(csv.resolve("datasets.csv"));
        for (int k = 0; k < exported.size(); k++) {
            DatasetMeasures d = report.datasets().get(k);
            assertThat(exported.get(k).get("records")).isEqualTo(Long.toString(d.records()));
            assertThat(exported.get(k).get("residents")).isEqualTo(Long.toString(d.residents()));
        }
        assertThat(rows(csv.resolve("flags_electoral_validation.csv"))).hasSize((int) report.insights().get(0).flagged());
    }

    @Test
    void openData_neverShowsACountFrom1To9_andTotalsCannotRevealOne() throws IOException {
        Path out = dir.resolve("open");
        OpenData.write(report, out);

        List<String> offending = new ArrayList<>();
        long suppressed = 0;
        long secondary = 0;
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                for (CSVRecord r : rows(f)) {
                    for (String cell : r.values()) {
                        suppressed += cell.equals(OpenData.SUPPRESSED) ? 1 : 0;
                        secondary += cell.equals(OpenData.CONFIDENTIAL) ? 1 : 0;
                        if (cell.matches("[1-9]")) {
                            offending.add(f.getFileName() + ": " + r);
                        }
                    }
                }
            }
        }
        JsonNode json = new ObjectMapper().readTree(out.resolve("open-data.json").toFile());
        json.findParents("dataset").forEach(row -> row.fields().forEachRemaining(e -> {
            if (e.getValue().isIntegralNumber() && e.getValue().asLong() >= 1 && e.getValue().asLong() <= 9) {
                offending.add("json " + e.getKey());
            }
        }));
        assertThat(offending).isEmpty();
        assertThat(suppressed).as("this county has small counts to suppress").isPositive();
        assertThat(secondary).as("and cells to hide so that totals do not reveal them").isPositive();
        // a secondary-suppressed cell is never shown as "<10": its true value is in the report
        for (CSVRecord r : rows(out.resolve("datasets.csv"))) {
            DatasetMeasures d = report.datasets().stream().filter(x -> x.source().equals(r.get("dataset")))
                    .findFirst().orElseThrow();
            assertThat(r.get("records")).isIn(Long.toString(d.records()), OpenData.CONFIDENTIAL);
            if (r.get("uprn_matched").equals(OpenData.SUPPRESSED)) {
                assertThat(d.uprnMatched()).isBetween(1L, 9L);
            }
        }
        // secondary suppression: in each dataset row, a group of parts with its total never hides exactly one cell
        for (CSVRecord r : rows(out.resolve("datasets.csv"))) {
            for (List<String> group : List.of(List.of("records", "residents", "duplicate_records"),
                    List.of("records", "uprn_given", "uprn_matched", "uprn_unmatched"),
                    List.of("records", "linked_records", "unlinked_records"))) {
                long hidden = group.stream().filter(c -> r.get(c).equals(OpenData.SUPPRESSED)
                        || r.get(c).equals(OpenData.CONFIDENTIAL)).count();
                assertThat(hidden).as(r.get("dataset") + " " + group).isNotEqualTo(1);
            }
        }
        JsonNode meta = new ObjectMapper().readTree(out.resolve("csv-metadata.json").toFile());
        assertThat(meta.get("@context").asText()).isEqualTo("http://www.w3.org/ns/csvw");
        assertThat(meta.get("tables")).hasSize(4);
    }

    @Test
    void trend_perturbedBaselineToPerfect_findsExactlyTheMergesThePerturbationUndid() throws IOException {
        Map<String, Integer> recordsOfTrueEntity = new HashMap<>();
        for (CSVRecord r : rows(county.resolve("truth.csv"))) {
            recordsOfTrueEntity.merge(r.get("entity_id"), 1, Integer::sum);
        }
        long expectedMerged = recordsOfTrueEntity.entrySet().stream()
                .filter(e -> Math.floorMod(e.getKey().hashCode(), 5) == 0 && e.getValue() > 1).count();

        Trend.ResidentChanges c = report.trend().residents();

        assertThat(expectedMerged).isPositive();
        assertThat(c.merged()).isEqualTo(expectedMerged);
        assertThat(c.split()).isZero();
        assertThat(c.newResidents()).isZero();
        assertThat(c.gone()).isZero();
        assertThat(c.after()).isEqualTo(report.overlap().uniqueResidents());
        Report reverse = new ReportGenerator().generate(ReportOptions.of(perturbed).withBaseline(perfect));
        assertThat(reverse.trend().residents().split()).isEqualTo(expectedMerged);
        assertThat(reverse.trend().levels()).hasSize(3);
    }
}
