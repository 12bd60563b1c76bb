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
 */
public record ReportOptions(Path runDir, Path snapshot2, Path config, Path truth, Path scenarios,
                            boolean showPersonalData) {

    public ReportOptions {
        Objects.requireNonNull(runDir, "runDir");
    }

    /** Masked report of {@code runDir} with nothing else. */
    public static ReportOptions of(Path runDir) {
        return new ReportOptions(runDir, null, null, null, null, false);
    }
}
