package org.residentindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.cluster.EntityFile;
import org.residentindex.evaluate.Evaluation;
import org.residentindex.evaluate.TruthSet;
import org.residentindex.fixtures.CountyGenerator;
import org.residentindex.ingest.ColumnMapping;
import org.residentindex.ingest.MappingWarning;
import org.residentindex.ingest.config.SourceConfig;

/**
 * A first run as a new user makes it: files only, no link.yaml. Proves the targets with the evaluation
 * harness: the generated county's own files (all of {@code *.csv}, the gazetteer, truth and scenarios files
 * included) link within 0.005 pairwise F1 of the generated link.yaml run; council-style rewrites of them
 * ({@link MessyExports}: title rows, a footer, Welsh headers, a full-name column, an .xlsx sheet, a semicolon
 * file, {@code col7}-style headers) within 0.01 of a hand-written config run; every file without a name or date
 * of birth column warns; mapping accuracy over all test files is measured.
 */
class FirstRunTest extends CliTest {

    @TempDir
    Path dir;

    @Test
    void link_countyFilesNoConfig_f1WithinHalfAPointOfConfigRun() throws IOException {
        Path county = dir.resolve("county");
        CountyGenerator.builder().residents(10_000).seed(11).build().generate(county);
        assertThat(run("link", "--config", county.resolve("link.yaml").toString(), "--out",
                dir.resolve("cfg").toString())).as(err.toString()).isZero();
        List<String> args = new ArrayList<>(List.of("link"));
        try (Stream<Path> files = Files.list(county)) {
            files.filter(f -> f.toString().endsWith(".csv")).sorted().forEach(f -> args.add(f.toString()));
        }
        args.addAll(List.of("--gazetteer", county.resolve("gazetteer.csv").toString(), "--truth",
                county.resolve("truth.csv").toString(), "--out", dir.resolve("auto").toString()));
        err.getBuffer().setLength(0);
        assertThat(run(args.toArray(String[]::new))).as(err.toString()).isZero();
        double config = f1(dir.resolve("cfg"), county);
        double auto = f1(dir.resolve("auto"), county);
        System.out.printf(Locale.ROOT, "county 10k: F1 link.yaml %.4f, no config %.4f%n", config, auto);
        assertThat(auto).isCloseTo(config, org.assertj.core.data.Offset.offset(0.005));
        assertThat(err.toString()).contains("source 'scenarios'").contains("skipped: no name or date of birth");
        // mapping accuracy on the county's own files: the generated link.yaml is the answer
        org.residentindex.ingest.config.LinkConfig answer = new org.residentindex.ingest.config.LinkConfigReader()
                .read(county.resolve("link.yaml"));
        int right = 0;
        int total = 0;
        List<String> wrong = new ArrayList<>();
        for (SourceSettings.Understood u : SourceSettings.inspect(answer.sources().stream()
                .map(s -> SourceConfig.of(s.path())).toList(), SourceSettings.mapper(county.resolve("gazetteer.csv")))) {
            SourceConfig want = answer.sourceFor(u.config().path()).orElseThrow();
            for (Map.Entry<String, String> e : u.mapping().describe().entrySet()) {
                String expect = e.getKey().equals(want.id()) ? "record_id" : want.mapping().entrySet().stream()
                        .filter(m -> m.getValue().equals(e.getKey())).map(Map.Entry::getKey).findFirst().orElse("(other)");
                total++;
                if (expect.equals(e.getValue())) {
                    right++;
                } else {
                    wrong.add(u.config().name() + "." + e.getKey() + " -> " + e.getValue() + " (want " + expect + ")");
                }
            }
        }
        System.out.printf(Locale.ROOT, "county files: mapping accuracy %d/%d; wrong: %s%n", right, total, wrong);
        assertThat((double) right / total).as("mapping accuracy; wrong: " + wrong).isGreaterThanOrEqualTo(0.95);
        assertThat(out.toString()).containsPattern("school_admissions\\s+given_name, middle_names, surname,"
                + " date_of_birth, sex, address, postcode");
    }

    @Test
    void link_messyCouncilExportsNoConfig_f1WithinOnePointOfConfigRun() throws IOException {
        Path county = dir.resolve("county");
        CountyGenerator.builder().residents(5_000).seed(5).build().generate(county);
        MessyExports messy = MessyExports.write(county, dir.resolve("messy"));
        Path gazetteer = dir.resolve("messy").resolve("gazetteer.csv");
        assertThat(run("link", "--config", dir.resolve("messy").resolve("link.yaml").toString(), "--out",
                dir.resolve("cfg").toString())).as(err.toString()).isZero();
        List<String> args = new ArrayList<>(List.of("link"));
        messy.files().forEach(f -> args.add(f.toString()));
        args.addAll(List.of("--gazetteer", gazetteer.toString(), "--out", dir.resolve("auto").toString()));
        err.getBuffer().setLength(0);
        assertThat(run(args.toArray(String[]::new))).as(err.toString()).isZero();
        String warnings = err.toString();
        double config = f1(dir.resolve("cfg"), county);
        double auto = f1(dir.resolve("auto"), county);

        List<SourceSettings.Understood> understood = SourceSettings.inspect(
                messy.files().stream().map(SourceConfig::of).toList(), SourceSettings.mapper(gazetteer));
        int right = 0;
        int total = 0;
        List<String> wrong = new ArrayList<>();
        for (SourceSettings.Understood u : understood) {
            Map<String, String> want = messy.expected.get(u.config().path().getFileName().toString());
            Map<String, String> got = u.mapping().describe();
            for (Map.Entry<String, String> e : want.entrySet()) {
                total++;
                if (e.getValue().equals(got.get(e.getKey()))) {
                    right++;
                } else {
                    wrong.add(u.config().name() + "." + e.getKey() + " -> " + got.get(e.getKey()) + " (want "
                            + e.getValue() + ")");
                }
            }
            ColumnMapping m = u.mapping();
            boolean noDob = !m.fields().containsKey(org.residentindex.model.CanonicalField.DATE_OF_BIRTH);
            if (noDob) {
                assertThat(m.warnings()).extracting(MappingWarning::code).contains(MappingWarning.Code.NO_DATE_OF_BIRTH);
                assertThat(warnings).contains("source '" + u.config().name() + "'").contains("no date of birth");
            }
        }
        System.out.printf(Locale.ROOT, "messy exports: F1 config %.4f, no config %.4f; mapping accuracy %d/%d;"
                + " wrong: %s%n", config, auto, right, total, wrong);
        assertThat(auto).isCloseTo(config, org.assertj.core.data.Offset.offset(0.01));
        assertThat((double) right / total).as("mapping accuracy; wrong: " + wrong).isGreaterThanOrEqualTo(0.95);
        // the electoral register export has no date of birth column: the warning names it
        assertThat(warnings).contains("source 'electoral_register'").contains("no date of birth column found");
        // title rows were found, the footer row rejected (not lost), the .xlsx read from its sheet
        assertThat(Files.readString(dir.resolve("auto").resolve("rejects.csv"))).contains("council_tax")
                .contains("footer row");
    }

    private static double f1(Path run, Path county) {
        return Evaluation.of(EntityFile.read(run.resolve("entities.csv")), TruthSet.load(county.resolve("truth.csv")))
                .pairwise().f1();
    }
}
