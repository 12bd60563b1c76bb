package org.residentindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCommandTest extends CliTest {

    @TempDir
    Path dir;

    private Path csv;

    @BeforeEach
    void file() throws IOException {
        csv = Files.writeString(dir.resolve("electoral.csv"), """
                elector_no\tFORENAME\tSURNAME\tDOB\tPost Code\tUPRN\tward
                E1\tSiân\tJones\t03/01/1980\tSA31 1AB\t100100000001\tTown
                E2\tDai\tEvans\t1980-13-01\tSA31\t\tTown
                E2\tHuw\tRees\t01/01/1970\tSA31 1AB\t\tTown
                """, StandardCharsets.UTF_8);
    }

    @Test
    void profile_text_showsDialectMappingCountsAndQuality() {
        assertThat(run("profile", csv.toString())).isZero();
        String text = out.toString();
        assertThat(text).contains("dialect:  tab (detected), UTF-8")
                .contains("FORENAME                 -> given_name")
                .contains("ward                     -> (other)")
                .contains("rows:     3 read, 2 accepted, 1 rejected")
                .contains("rejected, duplicate record id: 1")
                .containsPattern("Post Code\\s+postcode\\s+100.00\\s+50.00\\s+valid UK postcode")
                .containsPattern("UPRN\\s+uprn\\s+50.00\\s+100.00");
    }

    @Test
    void profile_json_machineReadableAndRejectsFileWritten() throws IOException {
        Path rejects = dir.resolve("rejects.csv");
        assertThat(run("profile", csv.toString(), "--json", "--rejects", rejects.toString())).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("rowsRead").asLong()).isEqualTo(3);
        assertThat(json.get("accepted").asLong()).isEqualTo(2);
        assertThat(json.get("mapping").get("DOB").asText()).isEqualTo("date_of_birth");
        assertThat(json.get("decisions").get(3).get("column").asText()).isEqualTo("DOB");
        assertThat(json.get("decisions").get(3).get("confidence").asDouble()).isGreaterThan(0.5);
        assertThat(json.get("decisions").get(3).get("reason").asText()).contains("DOB");
        assertThat(json.get("headerLine").asLong()).isEqualTo(1);
        assertThat(Files.readAllLines(rejects, StandardCharsets.UTF_8))
                .containsExactly("source,line,field,reason", "electoral,4,elector_no,duplicate record id: first used at line 3");
    }

    @Test
    void profile_mapIgnoreAndConfig_applied() throws IOException {
        assertThat(run("profile", csv.toString(), "--map", "locality=ward", "--ignore", "UPRN", "--id", "elector_no"))
                .isZero();
        assertThat(out.toString()).contains("ward                     -> locality").contains("UPRN                     -> (ignored)");
        Files.writeString(dir.resolve("link.yaml"), "sources:\n  - name: er\n    path: electoral.csv\n    mapping:\n"
                + "      town: ward\n", StandardCharsets.UTF_8);
        out.getBuffer().setLength(0);
        assertThat(run("profile", csv.toString(), "--config", dir.resolve("link.yaml").toString())).isZero();
        assertThat(out.toString()).contains("source:   er").contains("ward                     -> town");
    }

    @Test
    void profile_badInputs_clearErrorsAndExitCodes() throws IOException {
        assertThat(run("profile", dir.resolve("missing.csv").toString())).isEqualTo(Rix.FAILURE);
        assertThat(err.toString()).contains("missing.csv");
        assertThat(run("profile", csv.toString(), "--map", "forename=FORENAME")).isEqualTo(Rix.USAGE);
        assertThat(err.toString()).contains("unknown canonical field 'forename'");
        Files.writeString(dir.resolve("bad.yaml"), "sources: []\ncolour: {}\n", StandardCharsets.UTF_8);
        assertThat(run("profile", csv.toString(), "--config", dir.resolve("bad.yaml").toString())).isEqualTo(Rix.FAILURE);
        assertThat(err.toString()).contains("unknown key 'colour'");
    }
}
