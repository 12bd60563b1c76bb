package org.residentindex.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to report on. Only {@code runDir} is required.
 *
 * @param runDir           the link run's output directory
 * @param snapshot2        a second extract's run directory, for household change; or null
 * @param config           link.yaml for sources, maturity thresholds and insight roles when the run's
 *                         {@code run.json} is absent or names none; or null
 * @param truth            truth.csv of a generated county, to put measures beside the truth; or null
 * @param scenarios        scenarios.csv of a generated county, to score flags; or null
 * @param showPersonalData true to show personal data unmasked
 * @param baseline         an earlier run to show the trend against; or null
 * @param survey           the WAO data-tool responses (responses.csv); or null
 * @param showComments     true to quote survey comments (counted only by default)
 */
public record ReportOptions(Path runDir, Path snapshot2, Path config, Path truth, Path scenarios,
                            boolean showPersonalData, Path baseline, Path survey, boolean showComments) {

    public ReportOptions {
        Objects.requireNonNull(runDir, "runDir");
    }

    /** Options without baseline or survey. */
    public ReportOptions(Path runDir, Path snapshot2, Path config, Path truth, Path scenarios,
                         boolean showPersonalData) {
        this(runDir, snapshot2, config, truth, scenarios, showPersonalData, null, null, false);
    }

    /** Masked report of {@code runDir} with nothing else. */
    public static ReportOptions of(Path runDir) {
        return new ReportOptions(runDir, null, null, null, null, false);
    }

    /** These options with a baseline run to compare with ({@code --baseline}), or null. */
    public ReportOptions withBaseline(Path baselineRun) {
        return new ReportOptions(runDir, snapshot2, config, truth, scenarios, showPersonalData, baselineRun, survey,
                showComments);
    }

    /** These options with the data-tool responses ({@code --survey}), or null; comments quoted only if asked. */
    public ReportOptions withSurvey(Path responses, boolean quoteComments) {
        return new ReportOptions(runDir, snapshot2, config, truth, scenarios, showPersonalData, baseline, responses,
                quoteComments);
    }
}
