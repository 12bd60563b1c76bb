package org.residentindex.report;

import java.util.List;

/**
 * Measured figures beside the truth of a generated county ({@code --truth}); never used by any insight.
 *
 * @param trueResidents   residents in the truth over the records reported on
 * @param measuredResidents residents the run found
 * @param datasets        per dataset: true and measured duplicate rates
 */
public record TruthCheck(long trueResidents, long measuredResidents, List<DatasetTruth> datasets) {

    public TruthCheck {
        datasets = List.copyOf(datasets);
    }

    /**
     * @param source                dataset
     * @param trueDuplicateRate     share of records whose true resident is already in the dataset
     * @param measuredDuplicateRate the run's figure
     */
    public record DatasetTruth(String source, double trueDuplicateRate, double measuredDuplicateRate) {
    }
}
