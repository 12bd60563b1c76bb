package org.residentindex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.residentindex.insight.MaturityAssessment;
import org.residentindex.report.InsightView;
import org.residentindex.report.Messages;
import org.residentindex.report.OpenData;
import org.residentindex.report.Report;
import org.residentindex.ingest.OutputPaths;
import org.residentindex.report.ReportGenerator;
import org.residentindex.report.RunManifest;
import org.residentindex.report.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rix report --run DIR --out REPORT_DIR}: the duplication and integration-maturity report of a link run,
 * as report.html, report.json and report.md.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Write the duplication and integration-maturity report of a link run: report.html"
                + " (self-contained), report.json and report.md. Personal data is masked unless"
                + " --show-personal-data is given.")
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--run", required = true, paramLabel = "DIR", description = "The link run's output directory.")
    Path run;

    @Option(names = "--snapshot2", paramLabel = "DIR",
            description = "A link run over a second extract, for household change of children in social care.")
    Path snapshot2;

    @Option(names = "--out", required = true, paramLabel = "REPORT_DIR", description = "Where to write the report.")
    Path out;

    @Option(names = "--config", paramLabel = "link.yaml",
            description = "The link.yaml of the run, when DIR has no run.json (sources, maturity thresholds).")
    Path config;

    @Option(names = "--truth", paramLabel = "truth.csv",
            description = "Generated data only: put measured figures beside the truth.")
    Path truth;

    @Option(names = "--scenarios", paramLabel = "scenarios.csv",
            description = "Generated data only: score each insight's flags against the planted scenarios.")
    Path scenarios;

    @Option(names = "--show-personal-data",
            description = "Show names, dates of birth and addresses in full (masked by default).")
    boolean showPersonalData;

    @Option(names = "--baseline", paramLabel = "OLD_RUN",
            description = "An earlier run: show the change in every measure and level, and new / merged / split"
                    + " residents.")
    Path baseline;

    @Option(names = "--survey", paramLabel = "responses.csv",
            description = "The WAO data-tool responses (see 'rix survey template'): all seven characteristics.")
    Path survey;

    @Option(names = "--show-comments", description = "Quote the survey's comments (counted only by default).")
    boolean showComments;

    @Option(names = "--lang", paramLabel = "en|cy", split = ",",
            description = "Report language(s): en (report.html), cy (report.cy.html); default both.")
    List<String> languages = new ArrayList<>(List.of("en", "cy"));

    @Option(names = "--open-data", paramLabel = "DIR",
            description = "Also write the aggregate figures for publication (CSV + JSON + CSVW metadata), counts"
                    + " under 10 suppressed.")
    Path openData;

    @Override
    public Integer call() {
        for (String language : languages) {
            if (!Messages.LANGUAGES.contains(language)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--lang must be en or cy, not '" + language + "'");
            }
        }
        java.util.List<Path> inputs = new java.util.ArrayList<>(java.util.Arrays.asList(run, snapshot2, config,
                truth, scenarios, baseline, survey));
        for (Path r : java.util.Arrays.asList(run, snapshot2, baseline)) {
            if (r != null && RunManifest.exists(r)) {
                RunManifest m = RunManifest.read(r);
                m.sources().forEach(s -> inputs.add(Path.of(s.path())));
                if (m.gazetteer() != null) {
                    inputs.add(Path.of(m.gazetteer()));
                }
            }
        }
        OutputPaths.checkFolder("--out", out, inputs, java.util.List.of());
        ReportGenerator generator = new ReportGenerator();
        Report report = generator.generate(new ReportOptions(run, snapshot2, config, truth, scenarios,
                showPersonalData).withBaseline(baseline).withSurvey(survey, showComments));
        ReportGenerator.Files3 files = generator.write(report, out, languages);
        List<Path> published = openData == null ? List.of() : OpenData.write(report, openData);
        PrintWriter w = spec.commandLine().getOut();
        report.summary().stream().limit(3).forEach(w::println);
        for (MaturityAssessment a : report.maturity()) {
            w.printf(Locale.ROOT, "%-26s Level %d%n", a.characteristic(), a.level());
        }
        for (InsightView i : report.insights()) {
            w.printf(Locale.ROOT, "%-58s %s%s%n", i.title(), i.headline(), i.score() == null ? ""
                    : String.format(Locale.ROOT, " (precision %.1f%%, recall %.1f%%)", i.score().precision() * 100,
                    i.score().recall() * 100));
        }
        w.println(report.notice());
        if (report.survey() != null) {
            report.survey().rates().forEach(r -> w.printf(Locale.ROOT, "survey %-22s %d of %d responded (%d%%)%n",
                    r.role() == null ? "total" : r.role().title(), r.responded(), r.invited(), r.percent()));
        }
        if (report.trend() != null) {
            var c = report.trend().residents();
            w.printf(Locale.ROOT, "trend  residents %,d -> %,d: %,d new, %,d merged, %,d split, %,d gone%n",
                    c.before(), c.after(), c.newResidents(), c.merged(), c.split(), c.gone());
        }
        w.println("Wrote " + files.html() + " (" + String.join(", ", languages) + "), "
                + files.json().getFileName() + ", " + files.markdown().getFileName() + ", csv/");
        if (!published.isEmpty()) {
            w.println("Open data: " + published.size() + " files in " + openData);
        }
        w.flush();
        return Rix.OK;
    }
}
