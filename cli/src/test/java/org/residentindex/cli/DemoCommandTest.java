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
        // the generated data-tool survey gives all seven characteristics a level in the overview table
        String seven = html.substring(html.indexOf("The seven key characteristics"),
                html.indexOf("Integration maturity measured from the records"));
        for (String c : java.util.List.of("Leadership", "Corporate Standards", "Integrated customer data",
                "Data Protection", "Data analytics", "Data-driven decisions", "Open Data")) {
            Matcher row = Pattern.compile("<strong>" + c + "</strong></td>(.*?)</tr>").matcher(seven);
            assertThat(row.find()).as(c).isTrue();
            assertThat(row.group(1)).as(c).containsPattern("class=\"level l[123]\">Level [123]<");
        }
        assertThat(seven).doesNotContain("no survey given");
        assertThat(html).contains("23").contains("12").contains("52%").contains("15").contains("21%");
        assertThat(dir.resolve("report/report.cy.html")).exists();
    }
}
