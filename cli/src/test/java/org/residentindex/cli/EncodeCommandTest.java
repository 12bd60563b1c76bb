package org.residentindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.fixtures.CountyGenerator;

class EncodeCommandTest extends CliTest {

    static final String SECRET = "cli-test-secret-do-not-print-0123";

    @TempDir
    Path dir;

    @Test
    void encodeThenLinkEncoded_writesRunFolderAndNeverPrintsTheSecret() throws Exception {
        Path county = dir.resolve("county");
        CountyGenerator.builder().residents(400).seed(3).build().generate(county);
        Path key = dir.resolve("key");
        Files.writeString(key, SECRET + "\n", StandardCharsets.UTF_8);
        Path schema = dir.resolve("schema.json");
        assertThat(run("encode", "--write-schema", schema.toString())).isEqualTo(Rix.OK);
        for (String source : new String[] {"council_tax", "electoral_register"}) {
            int code = run("encode", county.resolve(source + ".csv").toString(), "--config",
                    county.resolve("link.yaml").toString(), "--schema", schema.toString(), "--secret-file",
                    key.toString(), "--out", dir.resolve(source + ".clk").toString(), "--threads", "2");
            assertThat(code).as(err.toString()).isEqualTo(Rix.OK);
        }
        Path out = dir.resolve("run");
        int code = run("link", "--encoded", dir.resolve("council_tax.clk").toString(),
                dir.resolve("electoral_register.clk").toString(), "--out", out.toString(), "--truth",
                county.resolve("truth.csv").toString(), "--threads", "1");
        assertThat(code).as(err.toString()).isEqualTo(Rix.OK);
        assertThat(out.toString()).isNotEmpty();
        for (String f : new String[] {"entities.csv", "links.csv", "review.csv", "model.json", "run.json"}) {
            assertThat(out.resolve(f)).exists();
            assertThat(Files.readString(out.resolve(f), StandardCharsets.UTF_8)).doesNotContain(SECRET);
        }
        assertThat(this.out.toString()).contains("accuracy", "links").doesNotContain(SECRET);
        assertThat(err.toString()).doesNotContain(SECRET);
    }

    @Test
    void encode_noSecretAnywhere_usageErrorNamingTheVariable() throws Exception {
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, "id,forename,surname,dob\n1,Siân,Jones,12/03/1985\n", StandardCharsets.UTF_8);
        Path schema = dir.resolve("schema.json");
        run("encode", "--write-schema", schema.toString());
        int code = run("encode", csv.toString(), "--schema", schema.toString(), "--out",
                dir.resolve("p.clk").toString(), "--secret-env", "RIX_TEST_UNSET_VARIABLE_X");
        assertThat(code).isEqualTo(Rix.FAILURE);
        assertThat(err.toString()).contains("RIX_TEST_UNSET_VARIABLE_X");
        assertThat(dir.resolve("p.clk")).doesNotExist();
    }
}
