package org.residentindex.report;

import java.util.List;
import org.residentindex.insight.DatasetMeasures;
import org.residentindex.insight.MaturityAssessment;
import org.residentindex.insight.MaturityThresholds;
import org.residentindex.insight.ServiceOverlap;
import org.residentindex.insight.survey.SurveySummary;

/**
 * Everything a report shows, already masked or not as asked; {@code report.json} is this record. The HTML and
 * Markdown writers render only what is here, so the three files agree.
 *
 * @param schema         {@value #SCHEMA}
 * @param title          report title
 * @param personalDataMasked true unless {@code --show-personal-data}
 * @param notice         the masking notice shown at the top
 * @param run            the run directory and its manifest
 * @param snapshot2      the second extract's run directory, or null
 * @param summary        executive summary sentences
 * @param datasets       per-dataset measures
 * @param overlap        cross-service measures
 * @param maturity       WAO maturity assessments with evidence
 * @param thresholds     the maturity thresholds used
 * @param insights       Camden-style findings
 * @param histogram      match weights of the run's links
 * @param truth          measured figures beside the truth, or null without {@code --truth}
 * @param methodNotes    how each figure was computed
 * @param bases          the totals every share is a share of
 * @param model          the match model and its own estimate of its precision and recall
 * @param trend          the change since a baseline run, or null
 * @param survey         the data-tool questionnaire summary, or null
 */
public record Report(int schema, String title, boolean personalDataMasked, String notice, RunInfo run,
                     String snapshot2, List<String> summary, List<DatasetMeasures> datasets, ServiceOverlap overlap,
                     List<MaturityAssessment> maturity, MaturityThresholds thresholds, List<InsightView> insights,
                     WeightHistogram histogram, TruthCheck truth, List<String> methodNotes, Bases bases,
                     ModelSection model, Trend trend, SurveySummary survey) {

    /** The report format version. */
    public static final int SCHEMA = 2;

    /**
     * The bases of the summary's shares, so each statement has one base.
     *
     * @param records          accepted records over all datasets
     * @param linkedRecords    records whose resident is also known to another service
     * @param residents        residents (distinct resident ids)
     * @param multiService     residents known to two or more services
     * @param duplicateRecords records repeating a resident within the same dataset
     */
    public record Bases(long records, long linkedRecords, long residents, long multiService, long duplicateRecords) {
    }

    public Report {
        summary = List.copyOf(summary);
        datasets = List.copyOf(datasets);
        maturity = List.copyOf(maturity);
        insights = List.copyOf(insights);
        methodNotes = List.copyOf(methodNotes);
    }

    /**
     * The run reported on.
     *
     * @param directory the run directory as given
     * @param manifest  its manifest (synthesised from the config when the run had none)
     */
    public record RunInfo(String directory, RunManifest manifest) {
    }
}
