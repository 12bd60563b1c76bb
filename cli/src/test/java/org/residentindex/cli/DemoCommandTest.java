package org.residentindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest extends CliTest {

    @TempDir
    Path dir;

    @Test
    void demo_smallCounty_generatesLinksEvaluatesAndReports() throws Exception {
        int code = run("demo", "--residents", "1500", "--seed", "3", "--out", dir.toString());

        assertThat(code).as(out.toString()).isZero();
        assertThat(dir.resolve("county/truth.csv")).exists();
        assertThat(dir.resolve("run/entities.csv")).exists();
        assertThat(dir.resolve("report/report.html")).exists();
        assertThat(dir.resolve("report/report.json")).exists();
        String text = out.toString();
        assertThat(text).contains("Level ").contains("report.html");
        Matcher f1 = Pattern.compile("F1 ([0-9.]+);").matcher(text);
        assertThat(f1.find()).as(text).isTrue();
        // The demo's accuracy is the linker's: far above chance, though this tiny county is not the benchmark.
        assertThat(Double.parseDouble(f1.group(1))).isGreaterThan(0.8);
        String html = Files.readString(dir.resolve("report/report.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("masked");
    }
}
