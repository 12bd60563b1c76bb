package org.residentindex.dataaudit;

import java.util.List;

/**
 * The data audit of a council's datasets: the register, the collected-how-many-times table (empty without a link
 * run) and the proposed standard. Counts and shares only: no value of any record.
 *
 * @param asOf        the reference date for "not in the future" checks, ISO-8601
 * @param run         the link run directory used, or null
 * @param datasets    the register, in config order
 * @param collection  per item, collection across services (empty without a run)
 * @param residents   residents in the run (0 without a run)
 * @param notInRun    records absent from the run's {@code entities.csv}, each counted as its own resident (0
 *                    without a run)
 * @param standard    the proposed standard, in {@link StandardItem} order (items no dataset holds left out)
 * @param meanConformance mean over datasets and standard rows of the share of values already conforming — the
 *                    figure offered as Corporate Standards evidence
 */
public record DataAudit(String asOf, String run, List<DatasetEntry> datasets, List<Collection> collection,
                        long residents, long notInRun, List<StandardRow> standard, double meanConformance) {

    public DataAudit {
        datasets = List.copyOf(datasets);
        collection = List.copyOf(collection);
        standard = List.copyOf(standard);
    }

    /** Datasets whose owner, purpose or lawful basis is not filled in. */
    public List<String> missingGovernance() {
        return datasets.stream().filter(d -> !d.governanceComplete()).map(DatasetEntry::source).toList();
    }
}
