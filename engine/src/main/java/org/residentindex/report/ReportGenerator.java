package org.residentindex.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.residentindex.insight.DatasetMeasures;
import org.residentindex.insight.ElectoralValidation;
import org.residentindex.insight.Flag;
import org.residentindex.insight.FlagScore;
import org.residentindex.insight.FlagScorer;
import org.residentindex.insight.HouseholdChange;
import org.residentindex.insight.Insight;
import org.residentindex.insight.InsightResult;
import org.residentindex.insight.LinkedRecord;
import org.residentindex.insight.MaturityAssessment;
import org.residentindex.insight.MaturityAssessor;
import org.residentindex.insight.Measurer;
import org.residentindex.insight.PossibleSubletting;
import org.residentindex.insight.Population;
import org.residentindex.insight.Scenario;
import org.residentindex.insight.SchoolAddressCheck;
import org.residentindex.insight.ServiceOverlap;
import org.residentindex.insight.survey.SurveyReader;
import org.residentindex.insight.survey.SurveySummary;

/**
 * The report facade: {@link #generate(ReportOptions)} loads the run (and the second extract), measures,
 * assesses maturity, finds the insights, scores them when scenarios are given, and returns a {@link Report};
 * {@link #write(Report, Path)} writes {@code report.html}, {@code report.json} and {@code report.md}. The same
 * inputs give byte-identical files. Thread-safe.
 */
public final class ReportGenerator {

    /** The three files written. */
    public record Files3(Path html, Path json, Path markdown) {
    }

    /** Builds the report for {@code options}. */
    public Report generate(ReportOptions options) {
        ReportConfig config = config(options);
        RunLoader loader = new RunLoader();
        RunData run = loader.load(options.runDir(), config);
        Population later = options.snapshot2() == null ? null : loader.load(options.snapshot2(), config).population();
        Masker masker = options.showPersonalData() ? Masker.showing() : Masker.masking();

        Measurer measurer = new Measurer();
        List<DatasetMeasures> datasets = measurer.datasets(run.population(), run.rejected());
        ServiceOverlap overlap = measurer.overlap(run.population());
        MaturityAssessor assessor = new MaturityAssessor(config.maturity());
        List<MaturityAssessment> maturity = assessor.assess(datasets, overlap);
        Trend trend = null;
        if (options.baseline() != null) {
            RunData old = loader.load(options.baseline(), config);
            List<DatasetMeasures> oldSets = measurer.datasets(old.population(), old.rejected());
            ServiceOverlap oldOverlap = measurer.overlap(old.population());
            trend = Trend.of(options.baseline().toString(), old.population(), oldSets, oldOverlap,
                    assessor.assess(oldSets, oldOverlap), run.population(), datasets, overlap, maturity);
        }
        SurveySummary survey = options.survey() == null ? null : SurveySummary.of(
                new SurveyReader().read(options.survey()), maturity, options.showComments());

        List<Insight> insights = new ArrayList<>(List.of(new ElectoralValidation(config.insights()),
                new PossibleSubletting(config.insights()), new SchoolAddressCheck(config.insights())));
        if (later != null) {
            insights.add(new HouseholdChange(config.insights(), later));
        }
        List<InsightResult> results = new ArrayList<>();
        for (Insight insight : insights) {
            results.add(insight.find(run.population()));
        }
        Map<String, FlagScore> scores = scores(options, run, results);
        List<InsightView> views = new ArrayList<>();
        for (InsightResult r : results) {
            views.add(view(r, masker, scores.get(r.id()), run.population().records(r.source()).size()));
        }
        RunManifest m = run.manifest();
        List<Double> reviewWeights = RunCsv.pairs(options.runDir().resolve("review.csv")).stream()
                .map(p -> p[0]).toList();
        WeightHistogram histogram = WeightHistogram.of(run.weights(), reviewWeights,
                m.thresholds() == null ? null : m.thresholds().link(),
                m.thresholds() == null ? null : m.thresholds().review());
        TruthCheck truth = options.truth() == null ? null : truth(options.truth(), run.population(), datasets);
        Report.Bases bases = Summary.bases(datasets, overlap);
        return new Report(Report.SCHEMA, "Resident index: duplication and integration maturity",
                masker.isMasking(), masker.notice(), new Report.RunInfo(run.runDir(), m),
                options.snapshot2() == null ? null : options.snapshot2().toString(),
                Summary.sentences(bases, datasets, maturity, views), datasets, overlap, maturity,
                config.maturity(), views, histogram, truth, Summary.methodNotes(later != null), bases,
                ModelSection.of(options.runDir(), m), trend, survey);
    }

    /** Writes the report in English and Welsh into {@code outDir} (created when absent). */
    public Files3 write(Report report, Path outDir) {
        return write(report, outDir, List.of("en", "cy"));
    }

    /**
     * Writes {@code report.html} (English) and/or {@code report.cy.html} (Welsh) as {@code languages} ask,
     * {@code report.json}, {@code report.md} and the CSV exports in {@code csv/}. {@link Files3#html()} is the
     * first language's page.
     */
    public Files3 write(Report report, Path outDir, List<String> languages) {
        try {
            Files.createDirectories(outDir);
        } catch (java.io.IOException e) {
            throw new org.residentindex.ResidentIndexException("cannot create " + outDir + ": " + e.getMessage(), e);
        }
        Path first = null;
        for (String language : languages) {
            Path html = outDir.resolve(language.equals("en") ? "report.html" : "report." + language + ".html");
            ReportFiles.write(html, new HtmlReportWriter().render(report, Messages.of(language)));
            first = first == null ? html : first;
        }
        Path json = outDir.resolve("report.json");
        Path md = outDir.resolve("report.md");
        ReportFiles.write(json, new JsonReportWriter().render(report));
        ReportFiles.write(md, new MarkdownReportWriter().render(report));
        CsvExports.write(report, outDir.resolve("csv"));
        return new Files3(first, json, md);
    }

    private static ReportConfig config(ReportOptions options) {
        Path yaml = options.config();
        if (yaml == null && RunManifest.exists(options.runDir())) {
            String fromRun = RunManifest.read(options.runDir()).config();
            yaml = fromRun == null ? null : Path.of(fromRun);
        }
        return yaml != null && Files.isRegularFile(yaml) ? ReportConfig.read(yaml) : ReportConfig.defaults();
    }

    private static Map<String, FlagScore> scores(ReportOptions options, RunData run, List<InsightResult> results) {
        Path file = options.scenarios();
        if (file == null && run.manifest().truth() != null) {
            Path beside = Path.of(run.manifest().truth()).resolveSibling("scenarios.csv");
            file = Files.isRegularFile(beside) ? beside : null;
        }
        Map<String, FlagScore> byInsight = new HashMap<>();
        if (file == null) {
            return byInsight;
        }
        List<Scenario> scenarios = RunCsv.scenarios(file);
        for (FlagScore s : new FlagScorer(FlagScorer.DEFAULT_SCENARIOS).score(results, scenarios)) {
            byInsight.put(s.insight(), s);
        }
        return byInsight;
    }

    private static InsightView view(InsightResult r, Masker masker, FlagScore score, long sourceRecords) {
        List<InsightView.FlagView> flags = new ArrayList<>();
        for (Flag f : r.flags()) {
            LinkedRecord s = f.subject();
            flags.add(new InsightView.FlagView(s.source(), s.recordId(), masker.person(s.record()),
                    masker.address(s.record()), f.evidence(), f.facts()));
        }
        return new InsightView(r.id(), r.title(), r.source(), r.method(), r.examined(), r.flagged(), r.headline(),
                r.headlineValue(), flags, score, r.base(), sourceRecords);
    }

    private static TruthCheck truth(Path file, Population population, List<DatasetMeasures> datasets) {
        Map<String, String> truth = RunCsv.truth(file);
        Set<String> residents = new HashSet<>();
        List<TruthCheck.DatasetTruth> rows = new ArrayList<>();
        for (DatasetMeasures d : datasets) {
            Set<String> seen = new HashSet<>();
            long dup = 0;
            for (LinkedRecord r : population.records(d.source())) {
                String entity = truth.getOrDefault(r.ref(), "~" + r.ref());
                residents.add(entity);
                dup += seen.add(entity) ? 0 : 1;
            }
            long n = d.records();
            double rate = n == 0 ? 0.0 : Math.round(10_000.0 * dup / n) / 10_000.0;
            rows.add(new TruthCheck.DatasetTruth(d.source(), rate, d.duplicateRate()));
        }
        return new TruthCheck(residents.size(), population.entities().size(), rows);
    }
}
