package org.residentindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataAuditCommandTest extends CliTest {

    @TempDir
    Path dir;

    private void sources() throws Exception {
        Files.writeString(dir.resolve("council_tax.csv"), String.join("\n",
                "id,forename,surname,dob,house_number,street,postcode,uprn",
                "CT1,Dafydd,Jones,02/01/1980,1,Heol y Bryn,SA31 1AB,100",
                "CT2,Sian,Evans,06/05/1981,2,Heol y Bryn,SA31 1AB,101") + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("electoral_register.csv"), String.join("\n",
                "id,forename,surname,dob,house_number,street,postcode",
                "ER1,David,Jones,1980-01-03,1,Heol y Bryn,SA31 1AB",
                "ER2,Huw,Price,,3,Heol y Bryn,SA31 1AB") + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("link.yaml"), "sources:\n  - name: council_tax\n    path: council_tax.csv\n"
                + "    id: id\n    owner: Revenues\n    purpose: Billing\n    lawful_basis: \"6(1)(c)\"\n"
                + "  - name: electoral_register\n    path: electoral_register.csv\n    id: id\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void dataAudit_withRun_writesBothLanguagesAndCountsCollection() throws Exception {
        sources();
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("entities.csv"), "source,record_id,entity_id\ncouncil_tax,CT1,A\n"
                + "electoral_register,ER1,A\n", StandardCharsets.UTF_8);

        int code = run("data-audit", "--config", dir.resolve("link.yaml").toString(), "--run", run.toString(),
                "--out", dir.resolve("audit").toString(), "--as-of", "2026-04-01");

        assertThat(code).as(err.toString()).isZero();
        for (String f : new String[] {"register.html", "register.cy.html", "register.json", "register.csv",
            "datasets.csv", "collection.csv", "standard.csv", "standard.md", "register-template.yaml"}) {
            assertThat(dir.resolve("audit").resolve(f)).as(f).exists();
        }
        // Jones is in both services with different dates of birth (1 of 1 compared disagrees); Price has none
        assertThat(Files.readString(dir.resolve("audit/collection.csv"), StandardCharsets.UTF_8))
                .contains("date_of_birth,council_tax;electoral_register,2,3,2,1,1,0,0.0,1,1,1.0");
        assertThat(out.toString()).contains("date_of_birth  held by 2 services")
                .contains("they disagree for 100.0%").contains("register-template.yaml");
        String template = Files.readString(dir.resolve("audit/register-template.yaml"), StandardCharsets.UTF_8);
        assertThat(template).contains("name: electoral_register").doesNotContain("name: council_tax");
        assertThat(Files.readString(dir.resolve("audit/register.cy.html"), StandardCharsets.UTF_8))
                .contains("lang=\"cy\"").contains("Sawl gwaith y casglwyd").doesNotContain("Jones");
    }

    @Test
    void dataAudit_withoutRun_writesRegisterAndStandardOnly() throws Exception {
        sources();

        int code = run("data-audit", "--config", dir.resolve("link.yaml").toString(),
                "--out", dir.resolve("audit").toString(), "--as-of", "2026-04-01");

        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("audit/collection.csv"), StandardCharsets.UTF_8).trim().lines())
                .hasSize(1);
        assertThat(out.toString()).contains("standard date_of_birth_format").contains("tie");
    }

    @Test
    void dataAudit_missingConfig_isUsageError() {
        assertThat(run("data-audit", "--out", dir.resolve("audit").toString())).isEqualTo(Rix.USAGE);
    }
}
