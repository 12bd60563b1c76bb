package org.residentindex.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ResidentIndexException;
import org.residentindex.insight.DatasetMeasures;

/** A run directory written by hand: two sources, entities, links, rejects and run.json. */
class HandWrittenRunTest {

    @TempDir
    Path dir;

    private Path run;

    private void write(Path file, String... lines) throws Exception {
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @BeforeEach
    void setUp() throws Exception {
        run = Files.createDirectories(dir.resolve("run"));
        write(dir.resolve("council_tax.csv"),
                "id,forename,surname,dob,house_number,street,town,postcode,uprn",
                "CT1,Dafydd,Jones,1980-01-02,1,Heol y Bryn,Carmarthen,SA31 1AB,100",
                "CT2,Dai,Jones,1980-02-01,1,Heol y Bryn,Carmarthen,SA31 1AB,",
                "CT3,<b>Siân</b>,Evans,not a date,2,Heol y Bryn,Carmarthen,SA3I 1AB,");
        write(dir.resolve("electoral_register.csv"),
                "id,forename,surname,dob,house_number,street,town,postcode",
                "ER1,David,Jones,,1,Heol y Bryn,Carmarthen,SA31 1AB",
                "ER2,Huw<script>,Price,,3,Heol y Bryn,Carmarthen,SA31 1AB");
        write(run.resolve("entities.csv"), "source,record_id,entity_id", "council_tax,CT1,A", "council_tax,CT2,A",
                "electoral_register,ER1,A", "council_tax,CT3,B");
        write(run.resolve("links.csv"),
                "left_source,left_record_id,right_source,right_record_id,match_weight,match_probability",
                "council_tax,CT1,council_tax,CT2,9.5,0.998", "council_tax,CT1,electoral_register,ER1,12.25,0.9998",
                "council_tax,CT3,electoral_register,ER2,-2.0,0.2");
        write(run.resolve("rejects.csv"), "source,line,field,reason", "council_tax,9,dob,bad", "council_tax,9,id,x",
                "electoral_register,4,,wrong number of fields");
        new RunManifest(1, null, List.of(
                new RunManifest.Source("council_tax", dir.resolve("council_tax.csv").toString(), "id"),
                new RunManifest.Source("electoral_register", dir.resolve("electoral_register.csv").toString(), "id")),
                null, null, "2026-04-01T09:00:00Z", 5, new RunManifest.Thresholds(8.0, 4.0))
                .write(run.resolve(RunManifest.FILE));
    }

    @Test
    void generate_handWrittenRun_measuresFromEntitiesAndRejects() {
        Report r = new ReportGenerator().generate(ReportOptions.of(run));
        DatasetMeasures ct = r.datasets().get(0);
        DatasetMeasures er = r.datasets().get(1);

        assertThat(ct.records()).isEqualTo(3);
        assertThat(ct.duplicateRecords()).isEqualTo(1);
        assertThat(ct.rejected()).isEqualTo(1);
        assertThat(er.rejected()).isEqualTo(1);
        assertThat(ct.uprnGiven()).isEqualTo(1);
        assertThat(ct.fields().get(0).valid()).isEqualTo(2);
        assertThat(ct.conflictingDob()).isEqualTo(1);
        assertThat(r.overlap().uniqueResidents()).isEqualTo(3);
        assertThat(er.linkedShare()).isEqualTo(0.5);
        assertThat(r.histogram().links()).isEqualTo(3);
        assertThat(r.histogram().link()).isEqualTo(8.0);
        assertThat(r.histogram().bins()).extracting(WeightHistogram.Bin::count).contains(1L).doesNotContain(3L);
        assertThat(r.maturity()).hasSize(3).allSatisfy(m -> assertThat(m.evidence()).isNotEmpty());
    }

    @Test
    void generate_electorNotCorroborated_flaggedWithMaskedPerson() {
        Report r = new ReportGenerator().generate(ReportOptions.of(run));
        InsightView electoral = r.insights().get(0);

        assertThat(electoral.examined()).isEqualTo(2);
        assertThat(electoral.flags()).extracting(InsightView.FlagView::recordId).containsExactly("ER2");
        assertThat(electoral.flags().get(0).person()).isEqualTo("H. P.");
        assertThat(electoral.flags().get(0).area()).isEqualTo("SA31");
    }

    @Test
    void write_unmaskedHostileName_isEscapedEverywhereInHtml() throws Exception {
        ReportGenerator g = new ReportGenerator();
        Report r = g.generate(new ReportOptions(run, null, null, null, null, true));
        Path out = dir.resolve("out");

        g.write(r, out);

        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(r.personalDataMasked()).isFalse();
        assertThat(html).contains("PERSONAL DATA IS SHOWN IN FULL").contains("Huw&lt;script&gt; Price")
                .doesNotContain("Huw<").doesNotContain("<script").doesNotContain("src=")
                .doesNotContain("url(").doesNotContain("<link");
        assertThat(html).contains("<svg").contains("</html>");
        // the only link is to the page in the other language, beside it: nothing is fetched
        assertThat(html.replace("href=\"report.cy.html\"", "")).doesNotContain("href=");
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertThat(json.get("schema").asInt()).isEqualTo(Report.SCHEMA);
        assertThat(json.get("datasets")).hasSize(2);
        assertThat(json.get("maturity").get(0).get("descriptors")).hasSize(3);
        assertThat(Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8))
                .contains("## Maturity (Wales Audit Office)");
    }

    @Test
    void generate_noManifestAndNoConfig_failsAskingForConfig() throws Exception {
        Files.delete(run.resolve(RunManifest.FILE));

        assertThatThrownBy(() -> new ReportGenerator().generate(ReportOptions.of(run)))
                .isInstanceOf(ResidentIndexException.class).hasMessageContaining("--config");
    }

    @Test
    void generate_noManifestWithConfig_takesSourcesAndMaturityFromYaml() throws Exception {
        Files.delete(run.resolve(RunManifest.FILE));
        write(dir.resolve("link.yaml"), "sources:", "  - name: council_tax", "    path: council_tax.csv", "    id: id",
                "  - name: electoral_register", "    path: electoral_register.csv", "    id: id",
                "maturity:", "  icd_l1_median_duplicate_rate: 0.9", "  icd_l1_linked_share: 0.0");

        Report r = new ReportGenerator().generate(new ReportOptions(run, null, dir.resolve("link.yaml"), null, null,
                false));

        assertThat(r.datasets()).extracting(DatasetMeasures::source)
                .containsExactly("council_tax", "electoral_register");
        assertThat(r.thresholds().icdL1MedianDuplicateRate()).isEqualTo(0.9);
        assertThat(r.maturity().get(0).level()).isEqualTo(2);
        assertThat(r.histogram().link()).isNull();
    }

    @Test
    void generate_notARunDirectory_failsNamingEntitiesFile() throws Exception {
        Files.delete(run.resolve("entities.csv"));

        assertThatThrownBy(() -> new ReportGenerator().generate(ReportOptions.of(run)))
                .isInstanceOf(ResidentIndexException.class).hasMessageContaining("entities.csv");
    }
}
