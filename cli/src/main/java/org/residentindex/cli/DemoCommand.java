package org.residentindex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.residentindex.LinkResult;
import org.residentindex.ResidentIndex;
import org.residentindex.cluster.EntityFile;
import org.residentindex.evaluate.Evaluation;
import org.residentindex.evaluate.TruthSet;
import org.residentindex.fixtures.CountyGenerator;
import org.residentindex.fixtures.GenerationSummary;
import org.residentindex.ingest.config.LinkConfig;
import org.residentindex.ingest.config.LinkConfigReader;
import org.residentindex.report.InsightView;
import org.residentindex.insight.MaturityAssessment;
import org.residentindex.insight.survey.SurveyFiles;
import org.residentindex.report.Report;
import org.residentindex.report.ReportGenerator;
import org.residentindex.report.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rix demo}: the whole product on a generated county, in one command — generate (fixtures), link
 * (engine facade), evaluate against the generator's truth, and write the masked report. Every step is the
 * same code the individual commands run; the demo only chains them and prints a short summary.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate a Welsh county, link its six service datasets, evaluate against the truth and"
                + " write the duplication and integration-maturity report.")
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Mixin
    ProgressOptions progress;

    @Option(names = "--residents", paramLabel = "N", defaultValue = "20000",
            description = "Residents in the generated county (default: ${DEFAULT-VALUE}).")
    int residents;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "rix-demo",
            description = "Output folder (default: ./${DEFAULT-VALUE}): county/, run/, report/.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        long start = System.nanoTime();
        Path county = out.resolve("county");
        Path run = out.resolve("run");
        Path reportDir = out.resolve("report");

        o.printf(Locale.ROOT, "1/4 generating a county of %,d residents (seed %d) into %s%n", residents, seed, county);
        o.flush();
        GenerationSummary generated = CountyGenerator.builder().residents(residents).seed(seed).build()
                .generate(county);

        LinkConfig config = new LinkConfigReader().read(county.resolve("link.yaml"));
        o.printf(Locale.ROOT, "2/4 linking %,d records from %d datasets%n", generated.datasetRecords(),
                config.sources().size());
        o.flush();
        long linkStart = System.nanoTime();
        ProgressBar bar = progress.bar(spec.commandLine().getErr());
        LinkResult linked;
        try {
            linked = ResidentIndex.builder()
                    .config(config)
                    .listener(bar)
                    .build()
                    .link(run);
        } catch (RuntimeException | Error e) {
            bar.abort();
            throw e;
        }
        bar.finish();
        double linkSeconds = (System.nanoTime() - linkStart) / 1e9;

        o.println("3/4 evaluating against truth.csv");
        TruthSet truth = TruthSet.load(county.resolve("truth.csv"));
        Evaluation e = Evaluation.of(EntityFile.read(run.resolve("entities.csv")), truth);
        long trueResidents = truth.entities().values().stream().distinct().count();

        o.println("4/4 writing the report");
        o.flush();
        ReportGenerator generator = new ReportGenerator();
        // A generated data-tool survey (the audit's invitation numbers: 23 officers, 72 members), so the demo
        // report shows all seven characteristics.
        Path survey = county.resolve("survey.csv");
        SurveyFiles.demo(survey, 23, 72, 0.52, 0.21, seed);
        Report report = generator.generate(new ReportOptions(run, null, county.resolve("link.yaml"),
                county.resolve("truth.csv"), county.resolve("scenarios.csv"), false).withSurvey(survey, false));
        ReportGenerator.Files3 files = generator.write(report, reportDir);

        o.println();
        o.printf(Locale.ROOT, "records      %,d linked into %,d residents (truth: %,d of the county's %,d"
                + " residents are in a dataset)%n", linked.records(), linked.entities(), trueResidents,
                generated.entities());
        o.printf(Locale.ROOT, "accuracy     pairwise precision %.4f, recall %.4f, F1 %.4f; B-cubed F1 %.4f%n",
                e.pairwise().precision(), e.pairwise().recall(), e.pairwise().f1(), e.bcubed().f1());
        report.summary().stream().skip(1).limit(2).forEach(s -> o.println("             " + s));
        for (MaturityAssessment a : report.maturity()) {
            o.printf(Locale.ROOT, "maturity     %-26s Level %d%n", a.characteristic(), a.level());
        }
        if (report.survey() != null) {
            report.survey().characteristics().stream().filter(c -> c.measured() == 0).forEach(c -> o.printf(
                    Locale.ROOT, "survey       %-26s Level %d (median answer, generated survey)%n", c.title(),
                    c.perceived()));
            report.survey().rates().forEach(r -> o.printf(Locale.ROOT, "survey       %-26s %d of %d responded (%d%%)%n",
                    r.role() == null ? "Total" : r.role().title(), r.responded(), r.invited(), r.percent()));
        }
        for (InsightView i : report.insights()) {
            o.printf(Locale.ROOT, "insight      %s: %s%n", i.title(), i.headline());
        }
        double total = (System.nanoTime() - start) / 1e9;
        o.printf(Locale.ROOT, "time         %.1f s in all; linking %.1f s (%,.0f records/s)%n", total, linkSeconds,
                linked.records() / Math.max(linkSeconds, 1e-9));
        o.println("report       " + files.html().toAbsolutePath().normalize());
        o.flush();
        return Rix.OK;
    }
}
