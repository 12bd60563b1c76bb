package org.residentindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCommandTest extends CliTest {

    @TempDir
    Path dir;


    @BeforeEach
    void sources() throws IOException {
        Files.writeString(dir.resolve("council_tax.csv"), """
                account_ref,forename,surname,dob,address_1,postcode
                CT1,Dafydd,Jones,1970-03-05,14 Heol y Bryn,SA31 1AB
                CT2,Siân,Evans,1985-11-20,3 Stryd Fawr,SA15 3JP
                CT3,Gareth,Price,1952-01-30,7 Lon Glan,SA18 2AA
                CT4,Megan,Pritchard,1990-07-14,22 Ffordd Las,SA19 6BB
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("electoral.csv"), """
                elector_no,first_name,last_name,date_of_birth,address_1,postcode
                E1,David,Jones,05/03/1970,14 Heol y Bryn,SA31 1AB
                E2,Sian,Evans,20/11/1985,3 Stryd Fawr,SA15 3JP
                E3,Rhiannon,Morgan,02/02/2001,9 Clos y Coed,SA33 4CC
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("link.yaml"), """
                sources:
                  - path: electoral.csv
                    id: elector_no
                """, StandardCharsets.UTF_8);
    }

    @Test
    void link_fileAndConfigSources_writesEveryOutputAndSummary() {
        Path outDir = dir.resolve("out");
        int code = run("link", dir.resolve("council_tax.csv").toString(), "--config", dir.resolve("link.yaml")
                .toString(), "--out", outDir.toString());
        assertThat(code).as(err.toString()).isZero();
        for (String f : List.of("entities.csv", "links.csv", "review.csv", "rejects.csv", "model.json")) {
            assertThat(outDir.resolve(f)).isRegularFile();
        }
        assertThat(outDir.resolve("index")).isDirectory();
        assertThat(out.toString()).contains("records", "7 accepted", "council_tax", "electoral", "pairs compared",
                "entities");
    }

    @Test
    void link_withTruth_reportsBlockingRecallAccuracyAndMissedPairs() throws IOException {
        Path truth = dir.resolve("truth.csv");
        Files.writeString(truth, """
                source,record_id,entity_id
                council_tax,CT1,P1
                electoral,E1,P1
                council_tax,CT2,P2
                electoral,E2,P2
                council_tax,CT3,P3
                electoral,E3,P3
                council_tax,CT4,P4
                """, StandardCharsets.UTF_8);
        Path outDir = dir.resolve("out");

        int code = run("link", dir.resolve("council_tax.csv").toString(), dir.resolve("electoral.csv").toString(),
                "--out", outDir.toString(), "--truth", truth.toString());

        assertThat(code).as(err.toString()).isZero();
        // CT3 (Gareth Price) and E3 (Rhiannon Morgan) share nothing: no rule can make them a candidate pair
        assertThat(out.toString()).contains("blocking       recall 0.6667: 2 of 3 true pairs compared; 1 missed")
                .contains("accuracy       pairwise P 1.0000 / R 0.6667 / F1 0.8000").contains("council_tax")
                .contains("over pairs touching it");
        assertThat(Files.readAllLines(outDir.resolve("blocking_missed.csv"), StandardCharsets.UTF_8))
                .containsExactly("left_source,left_record_id,right_source,right_record_id",
                        "council_tax,CT3,electoral,E3");
    }

    @Test
    void link_entitiesFile_listsEveryRecordOnceSorted() throws IOException {
        Path outDir = dir.resolve("out");
        run("link", dir.resolve("council_tax.csv").toString(), dir.resolve("electoral.csv").toString(), "--out",
                outDir.toString());
        List<String> lines = Files.readAllLines(outDir.resolve("entities.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("source,record_id,entity_id");
        assertThat(lines.subList(1, lines.size())).extracting(l -> l.substring(0, l.lastIndexOf(',')))
                .containsExactly("council_tax,CT1", "council_tax,CT2", "council_tax,CT3", "council_tax,CT4",
                        "electoral,E1", "electoral,E2", "electoral,E3");
    }

    @Test
    void explain_afterLink_printsWaterfallWithTotal() {
        Path outDir = dir.resolve("out");
        run("link", dir.resolve("council_tax.csv").toString(), dir.resolve("electoral.csv").toString(), "--out",
                outDir.toString());
        out.getBuffer().setLength(0);
        int code = run("explain", "--index", outDir.toString(), "--left", "council_tax:CT1", "--right",
                "electoral:E1");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("prior", "given_name", "surname", "date_of_birth", "address",
                "total weight", "probability").doesNotContain("Dafydd", "Heol");
    }

    @Test
    void explain_unknownRecord_failsWithExitOne() {
        Path outDir = dir.resolve("out");
        run("link", dir.resolve("council_tax.csv").toString(), "--out", outDir.toString());
        assertThat(run("explain", "--index", outDir.toString(), "--left", "council_tax:CT1", "--right",
                "council_tax:NOPE")).isEqualTo(Rix.FAILURE);
        assertThat(err.toString()).contains("council_tax/NOPE");
    }

    @Test
    void explain_keyWithoutSource_isUsageError() {
        assertThat(run("explain", "--index", dir.toString(), "--left", "CT1", "--right", "x:1"))
                .isEqualTo(Rix.USAGE);
    }

    @Test
    void link_noSources_isUsageError() {
        assertThat(run("link", "--out", dir.resolve("o").toString())).isEqualTo(Rix.USAGE);
    }

    @Test
    void linkThenReport_generatedCountyWithGazetteer_reportNeedsNoConfig() throws IOException {
        Path county = dir.resolve("county");
        org.residentindex.fixtures.CountyGenerator.builder().residents(300).seed(5).build().generate(county);
        Path runDir = dir.resolve("run");
        int code = run("link", "--config", county.resolve("link.yaml").toString(), "--out", runDir.toString(),
                "--threads", "2");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("gazetteer", "UPRNs trusted as given", "exact");
        String manifest = Files.readString(runDir.resolve("run.json"), StandardCharsets.UTF_8);
        assertThat(manifest).contains(county.resolve("link.yaml").toAbsolutePath().normalize().toString(),
                county.resolve("gazetteer.csv").toAbsolutePath().normalize().toString(), "\"started\"");
        Path report = dir.resolve("report");
        code = run("report", "--run", runDir.toString(), "--out", report.toString());
        assertThat(code).as(err.toString()).isZero();
        try (var files = Files.list(report)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).isNotEmpty();
        }
    }
}
