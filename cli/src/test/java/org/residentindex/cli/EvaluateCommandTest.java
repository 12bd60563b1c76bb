package org.residentindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest extends CliTest {

    @TempDir
    Path dir;


    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private void sample() throws IOException {
        write("entities.csv", "source,record_id,entity_id\na,1,R1\na,2,R1\nb,3,R2\nb,4,R2\nb,5,R3\n");
        write("truth.csv", "source,record_id,entity_id,household_id,uprn\na,1,P1,H,1\na,2,P1,H,1\nb,3,P2,H,1\n"
                + "b,4,P3,H,1\nb,6,P4,H,1\n");
    }

    @Test
    void evaluate_table_printsMetricsAndGaps() throws IOException {
        sample();

        int code = run("evaluate", "--entities", dir.resolve("entities.csv").toString(), "--truth",
                dir.resolve("truth.csv").toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("records evaluated      4").contains("only in entities       1")
                .contains("only in truth          1").contains("pairwise      0.5000    1.0000    0.6667")
                .contains("TP 1, FP 1, FN 0");
    }

    @Test
    void evaluate_bySource_printsPairsTouchingEachSource() throws IOException {
        sample();

        int code = run("evaluate", "--entities", dir.resolve("entities.csv").toString(), "--truth",
                dir.resolve("truth.csv").toString(), "--by-source");

        assertThat(code).isZero();
        // a: pair (1,2) right; b: pair (3,4) predicted but truly apart
        assertThat(out.toString()).contains("per source").containsPattern("a\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000\\s+1\\s+0\\s+0")
                .containsPattern("b\\s+0\\.0000\\s+1\\.0000\\s+0\\.0000\\s+0\\s+1\\s+0");
    }

    @Test
    void evaluate_json_printsFigures() throws IOException {
        sample();

        int code = run("evaluate", "--entities", dir.resolve("entities.csv").toString(), "--truth",
                dir.resolve("truth.csv").toString(), "--json");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("\"records\" : 4").contains("\"truePositives\" : 1")
                .contains("\"bcubed\"");
    }

    @Test
    void evaluate_missingFile_oneLineExitOne() throws IOException {
        write("truth.csv", "source,record_id,entity_id\n");

        int code = run("evaluate", "--entities", dir.resolve("nope.csv").toString(), "--truth",
                dir.resolve("truth.csv").toString());

        assertThat(code).isEqualTo(Rix.FAILURE);
        assertThat(err.toString()).startsWith("rix: ").contains("nope.csv does not exist");
    }

    @Test
    void evaluate_missingColumn_namesIt() throws IOException {
        sample();
        write("bad.csv", "source,record_id\na,1\n");

        int code = run("evaluate", "--entities", dir.resolve("entities.csv").toString(), "--truth",
                dir.resolve("bad.csv").toString());

        assertThat(code).isEqualTo(Rix.FAILURE);
        assertThat(err.toString()).contains("missing column 'entity_id'");
    }
}
