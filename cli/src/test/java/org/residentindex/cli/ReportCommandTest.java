package org.residentindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.report.RunManifest;

class ReportCommandTest extends CliTest {

    @TempDir
    Path dir;


    private Path handWrittenRun(boolean manifest) throws Exception {
        Files.writeString(dir.resolve("council_tax.csv"), String.join("\n",
                "id,forename,surname,dob,house_number,street,postcode,uprn",
                "CT1,Dafydd,Jones,1980-01-02,1,Heol y Bryn,SA31 1AB,100",
                "CT2,Sian,Evans,1981-05-06,2,Heol y Bryn,SA31 1AB,101") + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("electoral_register.csv"), String.join("\n",
                "id,forename,surname,house_number,street,postcode",
                "ER1,David,Jones,1,Heol y Bryn,SA31 1AB",
                "ER2,Huw,Price,3,Heol y Bryn,SA31 1AB") + "\n", StandardCharsets.UTF_8);
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("entities.csv"), "source,record_id,entity_id\ncouncil_tax,CT1,A\n"
                + "electoral_register,ER1,A\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("link.yaml"), "sources:\n  - name: council_tax\n    path: council_tax.csv\n"
                + "    id: id\n  - name: electoral_register\n    path: electoral_register.csv\n    id: id\n",
                StandardCharsets.UTF_8);
        if (manifest) {
            new RunManifest(1, dir.resolve("link.yaml").toString(), List.of(), null, null, null, 4, null)
                    .write(run.resolve(RunManifest.FILE));
        }
        return run;
    }

    @Test
    void report_runWithManifest_writesThreeFilesAndPrintsLevels() throws Exception {
        Path run = handWrittenRun(true);

        int code = run("report", "--run", run.toString(), "--out", dir.resolve("out").toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(dir.resolve("out/report.html")).exists();
        assertThat(dir.resolve("out/report.json")).exists();
        assertThat(dir.resolve("out/report.md")).exists();
        assertThat(out.toString()).contains("Integrated customer data").contains("Level")
                .contains("Electoral register validation").contains("Personal data is masked");
    }

    @Test
    void report_noManifestNoConfig_failsWithExitOneAndHint() throws Exception {
        Path run = handWrittenRun(false);

        int code = run("report", "--run", run.toString(), "--out", dir.resolve("out").toString());

        assertThat(code).isEqualTo(Rix.FAILURE);
        assertThat(err.toString()).contains("--config");
    }

    @Test
    void report_noManifestWithConfig_showPersonalData_saysSoAtTheTop() throws Exception {
        Path run = handWrittenRun(false);

        int code = run("report", "--run", run.toString(), "--config", dir.resolve("link.yaml").toString(),
                "--out", dir.resolve("out").toString(), "--show-personal-data");

        assertThat(code).as(err.toString()).isZero();
        String html = Files.readString(dir.resolve("out/report.html"), StandardCharsets.UTF_8);
        assertThat(html.indexOf("PERSONAL DATA IS SHOWN IN FULL")).isBetween(0, 6000);
        assertThat(html).contains("Huw Price");
    }

    @Test
    void report_welshOnlyWithSurveyBaselineAndOpenData_writesEachAndPrintsRatesAndTrend() throws Exception {
        Path run = handWrittenRun(true);
        Path responses = dir.resolve("survey/responses.csv");
        assertThat(run("survey", "template", "--out", responses.toString(), "--officers", "2", "--members", "3"))
                .as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(responses, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo("respondent_id,role,leadership,corporate_standards,integrated_customer_data,"
                + "data_protection,data_analytics,data_driven_decisions,open_data,comment");
        assertThat(dir.resolve("survey/questions.md")).content(StandardCharsets.UTF_8)
                .contains("Open Data (column `open_data`)").contains("**Level 3**");
        Files.writeString(responses, lines.get(0) + "\nO001,officer,3,2,3,2,1,2,1,\nO002,officer,,,,,,,,\n"
                + "M001,member,2,2,2,2,1,1,1,zzprivatezz\nM002,member,,,,,,,,\nM003,member,,,,,,,,\n", StandardCharsets.UTF_8);

        int code = run("report", "--run", run.toString(), "--out", dir.resolve("out").toString(), "--lang", "cy",
                "--survey", responses.toString(), "--baseline", run.toString(), "--open-data",
                dir.resolve("open").toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(dir.resolve("out/report.cy.html")).exists();
        assertThat(dir.resolve("out/report.html")).doesNotExist();
        assertThat(dir.resolve("out/csv/survey_rates.csv")).exists();
        assertThat(dir.resolve("open/csv-metadata.json")).exists();
        assertThat(out.toString()).contains("Officers").contains("1 of 2 responded (50%)")
                .contains("1 of 3 responded (33%)").contains("trend  residents 3 -> 3: 0 new, 0 merged, 0 split");
        String cy = Files.readString(dir.resolve("out/report.cy.html"), StandardCharsets.UTF_8);
        assertThat(cy).contains("lang=\"cy\"").contains("Arweinyddiaeth").contains("Nifer a wahoddwyd")
                .doesNotContain("zzprivatezz");
    }

    @Test
    void report_unknownLanguage_isUsageError() throws Exception {
        Path run = handWrittenRun(true);

        assertThat(run("report", "--run", run.toString(), "--out", dir.resolve("out").toString(), "--lang", "fr"))
                .isEqualTo(Rix.USAGE);
        assertThat(err.toString()).contains("--lang must be en or cy");
    }

    @Test
    void report_missingRunOption_isUsageError() {
        assertThat(run("report", "--out", dir.toString())).isEqualTo(Rix.USAGE);
    }
}
