package org.residentindex.insight;

import java.util.List;

/**
 * Why a characteristic is not at a higher level: one failed condition of the rule, with the datasets that
 * decide it and what it would take to meet it.
 *
 * @param measure   measure id ({@code duplicate_rate}, {@code uprn_coverage}, ... — see {@link Measures})
 * @param level     the level whose condition failed: 2 (a Level 1 trigger, so Level 2 is not reached) or 3
 * @param value     the pooled figure the rule tested
 * @param threshold the threshold it failed
 * @param atLeast   true when the condition is {@code value >= threshold}, false for {@code value <= threshold}
 * @param datasets  the datasets that cause the shortfall, worst first, each with its own figure and how many
 *                  of its records would need to change to meet the threshold
 * @param text      the cause in plain English, naming the datasets
 * @param fix       what would meet the condition, in plain English
 * @param datasetThreshold the bar a single dataset's own figure is held to (the threshold itself, except for
 *                  the share of coded datasets, where a dataset is coded at its own UPRN share)
 */
public record Cause(String measure, int level, double value, double threshold, boolean atLeast,
                    List<DatasetFigure> datasets, String text, String fix, double datasetThreshold) {

    public Cause {
        datasets = List.copyOf(datasets);
    }

    /**
     * One dataset's part in a cause.
     *
     * @param dataset dataset name
     * @param value   its own figure for the measure
     * @param toFix   records to change (resolve, match, link, correct) for this dataset alone to meet the
     *                threshold; 0 when not a count (a share of datasets)
     */
    public record DatasetFigure(String dataset, double value, long toFix) {
    }
}
