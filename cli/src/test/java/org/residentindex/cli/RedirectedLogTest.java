package org.residentindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rix link 2> log} in a separate JVM, as a user redirects it: the log holds plain stage lines with times,
 * not one long line of carriage-return redraws; a failure's message is on a line of its own.
 */
class RedirectedLogTest {

    @TempDir
    Path dir;

    private Process rix(Path log, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Rix.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(log.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile());
        pb.environment().remove("RIX_PROGRESS");
        return pb.start();
    }

    @Test
    void link_stderrRedirectedToAFile_logHasStageLinesAndNoCarriageReturn() throws Exception {
        Path county = dir.resolve("county");
        org.residentindex.fixtures.CountyGenerator.builder().residents(400).seed(3).build().generate(county);
        Path log = dir.resolve("link.log");

        Process p = rix(log, "link", "--config", county.resolve("link.yaml").toString(), "--out",
                dir.resolve("run").toString());
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();

        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(text).isZero();
        assertThat(text).doesNotContain("\r");
        // the column-mapping notes and warnings printed before the run are not progress lines
        List<String> progress = text.lines().filter(l -> !l.startsWith("note:") && !l.startsWith("warning:"))
                .toList();
        List<String> stages = progress.stream().map(l -> l.split(" ")[0]).toList();
        assertThat(stages).containsExactly("gazetteer", "read", "block", "compare", "train", "score", "cluster",
                "index");
        assertThat(progress).allMatch(l -> l.matches(".* \\d+\\.\\d s$"));
    }

    @Test
    void link_missingSource_errorOnItsOwnLine() throws Exception {
        Path yaml = dir.resolve("link.yaml");
        Files.writeString(yaml, "sources:\n  - path: absent.csv\n", StandardCharsets.UTF_8);
        Path log = dir.resolve("fail.log");

        Process p = rix(log, "link", "--config", yaml.toString(), "--out", dir.resolve("run").toString());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isNotZero();
        assertThat(text).doesNotContain("\r");
        assertThat(text.lines()).anyMatch(l -> l.startsWith("rix: "));
    }
}
