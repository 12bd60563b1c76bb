package org.residentindex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.residentindex.insight.MaturityAssessment;
import org.residentindex.report.InsightView;
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

    @Override
    public Integer call() {
        java.util.List<Path> inputs = new java.util.ArrayList<>(java.util.Arrays.asList(run, snapshot2, config,
                truth, scenarios));
        for (Path r : java.util.Arrays.asList(run, snapshot2)) {
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
        Report report = generator.generate(
                new ReportOptions(run, snapshot2, config, truth, scenarios, showPersonalData));
        ReportGenerator.Files3 files = generator.write(report, out);
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
        w.println("Wrote " + files.html() + ", " + files.json().getFileName() + ", " + files.markdown().getFileName());
        w.flush();
        return Rix.OK;
    }
}
