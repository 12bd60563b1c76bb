package org.residentindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.insight.DatasetMeasures;
import org.residentindex.insight.LinkedRecord;
import org.residentindex.model.NormalisedRecord;

/**
 * Reports on a generated county linked by a "perfect linker" (entities from truth.csv) and a perturbed one,
 * so measures and insight precision/recall are checked without the pipeline.
 */
class GeneratedCountyReportTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path dir;

    private static Path county;
    private static Path perfect;
    private static Path second;
    private static Path perturbed;
    private static ReportOptions options;
    private static Report report;

    @BeforeAll
    static void generate() throws IOException {
        county = GeneratedRuns.county(dir.resolve("county"), 1500, 11, 2);
        Path yaml = county.resolve("link.yaml");
        Path gazetteer = county.resolve("gazetteer.csv");
        perfect = GeneratedRuns.perfectRun(county, yaml, gazetteer, dir.resolve("run"));
        second = GeneratedRuns.perfectRun(county.resolve("snapshot2"), yaml, gazetteer, dir.resolve("run2"));
        // A linker that misses every link of one resident in four: each of their records stands alone.
        perturbed = GeneratedRuns.run(county, yaml, gazetteer, dir.resolve("perturbed"),
                (ref, entity) -> Math.floorMod(entity.hashCode(), 4) == 0 ? ref : entity);
        options = new ReportOptions(perfect, second, null, county.resolve("truth.csv"),
                county.resolve("scenarios.csv"), false);
        report = new ReportGenerator().generate(options);
    }

    @Test
    void perfectLinker_duplicateRatesAndResidents_equalTheTruth() {
        Report r = report;

        assertThat(r.truth().measuredResidents()).isEqualTo(r.truth().trueResidents());
        assertThat(r.truth().datasets()).allSatisfy(d ->
                assertThat(d.measuredDuplicateRate()).isEqualTo(d.trueDuplicateRate()));
        assertThat(r.datasets()).extracting(DatasetMeasures::duplicateRecords).anyMatch(n -> n > 0);
        assertThat(r.overlap().residentsByServices().get("3+")).isPositive();
    }

    @Test
    void perfectLinker_insights_findThePlantedScenarios() {
        Report r = report;

        assertThat(r.insights()).extracting(InsightView::id).containsExactly("electoral_validation",
                "possible_subletting", "school_address", "household_change");
        for (InsightView i : r.insights()) {
            assertThat(i.score()).as(i.id()).isNotNull();
            assertThat(i.score().planted()).as(i.id()).isPositive();
            assertThat(i.score().recall()).as(i.id() + " recall").isGreaterThanOrEqualTo(0.5);
        }
        InsightView change = r.insights().get(3);
        assertThat(change.score().precision()).as("household change precision").isGreaterThanOrEqualTo(0.5);
        assertThat(r.insights().get(0).headlineValue()).as("electoral validation rate").isBetween(0.5, 0.95);
    }

    @Test
    void perturbedLinker_missedLinks_lowerLinkageAndValidation() {
        ReportGenerator g = new ReportGenerator();
        Report good = report;
        Report bad = g.generate(new ReportOptions(perturbed, null, null, county.resolve("truth.csv"), null, false));

        assertThat(bad.overlap().uniqueResidents()).isGreaterThan(good.overlap().uniqueResidents());
        assertThat(linked(bad)).isLessThan(linked(good));
        assertThat(bad.insights().get(0).headlineValue()).isLessThan(good.insights().get(0).headlineValue());
        assertThat(bad.truth().measuredResidents()).isGreaterThan(bad.truth().trueResidents());
    }

    private static long linked(Report r) {
        return r.datasets().stream().mapToLong(DatasetMeasures::linkedToOther).sum();
    }

    @Test
    void maskedReport_noFullNameDobOrPostcode_inAnyFile() throws IOException {
        ReportGenerator g = new ReportGenerator();
        g.write(report, dir.resolve("masked"));
        String all = read(dir.resolve("masked"));
        List<LinkedRecord> records = new RunLoader().load(perfect, ReportConfig.defaults()).population().all();
        List<String> leaks = new ArrayList<>();
        for (LinkedRecord lr : records) {
            NormalisedRecord n = lr.record();
            if (n.givenNameDisplay() != null && n.surnameDisplay() != null
                    && all.contains(n.givenNameDisplay() + " " + n.surnameDisplay())) {
                leaks.add(lr.ref() + " name");
            }
            if (n.dateOfBirth().date() != null && (all.contains(n.dateOfBirth().date().toString())
                    || all.contains(n.dateOfBirth().raw()))) {
                leaks.add(lr.ref() + " dob");
            }
            if (n.postcode() != null && n.postcode().valid() && all.contains(n.postcode().unit())) {
                leaks.add(lr.ref() + " postcode");
            }
        }
        assertThat(records).hasSizeGreaterThan(1000);
        assertThat(leaks).isEmpty();
        assertThat(all).contains("Personal data is masked");
    }

    @Test
    void unmaskedReport_showsFlaggedPeopleInFull() throws IOException {
        ReportGenerator g = new ReportGenerator();
        Report r = g.generate(new ReportOptions(perfect, null, null, null, null, true));
        g.write(r, dir.resolve("unmasked"));
        InsightView.FlagView flag = r.insights().get(0).flags().get(0);

        assertThat(flag.person()).doesNotMatch("^\\p{Lu}\\. \\p{Lu}\\..*");
        assertThat(read(dir.resolve("unmasked"))).contains("PERSONAL DATA IS SHOWN IN FULL");
    }

    @Test
    void write_sameRunTwice_byteIdenticalFiles() throws IOException {
        ReportGenerator g = new ReportGenerator();
        g.write(report, dir.resolve("a"));
        g.write(g.generate(options), dir.resolve("b"));

        for (String file : List.of("report.html", "report.cy.html", "report.json", "report.md", "csv/datasets.csv",
                "csv/flags_electoral_validation.csv")) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)));
        }
    }

    @Test
    void html_englishAndWelsh_inHeadlessChromium_renderNonBlankPagesInTheirLanguage() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "Chromium not installed at /usr/bin/chromium (apt-get install -y chromium): browser check skipped");
        ReportGenerator g = new ReportGenerator();
        Path out = dir.resolve("browser");
        Path survey = dir.resolve("survey.csv");
        org.residentindex.insight.survey.SurveyFiles.demo(survey, 23, 72, 0.52, 0.21, 5);
        Report withSurvey = g.generate(options.withSurvey(survey, false));
        g.write(withSurvey, out);
        rendersInChromium(out, out.resolve("report.html"), "report.png");
        rendersInChromium(out, out.resolve("report.cy.html"), "report.cy.png");

        String en = dom(out, out.resolve("report.html"));
        String cy = dom(out, out.resolve("report.cy.html"));
        assertThat(en).contains("Integrated customer data").contains("Data analytics").contains("Level 2");
        assertThat(cy).contains("Data cwsmeriaid integredig").contains("Dadansoddeg data").contains("Lefel 2")
                .contains("cyfieithiad answyddogol").doesNotContain("Why not Level")
                .doesNotContain("other services place the resident elsewhere");
    }

    /** The page's DOM after Chromium has loaded it (what the browser built from the file). */
    private static String dom(Path out, Path html) throws Exception {
        Path dump = out.resolve(html.getFileName() + ".dom");
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(out.resolve("profile-dom")), "--dump-dom",
                html.toUri().toString()).redirectError(out.resolve("chromium-dom.log").toFile())
                .redirectOutput(dump.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return Files.readString(dump, StandardCharsets.UTF_8);
    }

    private static void rendersInChromium(Path out, Path html, String pngName) throws Exception {
        Path png = out.resolve(pngName);
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createDirectories(out.resolve("profile")),
                "--screenshot=" + png, "--window-size=1280,2400", html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(out.resolve("chromium.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();

        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(20_000);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                inked += rgb != 0xFFFFFF ? 1 : 0;
            }
        }
        // Text, tables and charts: well over 2% of sampled pixels are not white.
        assertThat(inked).isGreaterThan(image.getWidth() / 2L * (image.getHeight() / 2L) / 50);
    }

    private static String read(Path out) throws IOException {
        StringBuilder all = new StringBuilder();
        for (String file : List.of("report.html", "report.cy.html", "report.json", "report.md",
                "csv/flags_electoral_validation.csv", "csv/flags_possible_subletting.csv",
                "csv/flags_school_address.csv", "csv/flags_household_change.csv")) {
            if (Files.exists(out.resolve(file)) || !file.contains("household")) {
                all.append(Files.readString(out.resolve(file), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
