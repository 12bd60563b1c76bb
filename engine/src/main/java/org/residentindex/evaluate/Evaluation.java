package org.residentindex.evaluate;

import java.util.Map;
import org.residentindex.cluster.RecordKey;

/**
 * Everything {@code rix evaluate} reports for a predicted record → entity assignment against truth: how many
 * records were compared and how many only one side knows, pairwise and B-cubed metrics over the common records.
 */
public record Evaluation(long records, long onlyPredicted, long onlyTruth, PairwiseMetrics pairwise,
        BCubedMetrics bcubed) {

    public static Evaluation of(Map<RecordKey, String> predicted, TruthSet truth) {
        ContingencyTable table = ContingencyTable.of(predicted, truth.entities());
        return new Evaluation(table.records(), table.onlyPredicted(), table.onlyTruth(), PairwiseMetrics.of(table),
                BCubedMetrics.of(table));
    }
}
