package org.residentindex;

import org.residentindex.cluster.RecordKey;
import org.residentindex.score.MatchThresholds;
import org.residentindex.score.WeightExplanation;

/**
 * The waterfall of one pair: its match weight taken apart field by field (the parts sum to the total, see
 * {@link WeightExplanation}) and where the total falls against the run's thresholds. Holds comparison levels,
 * never the records' values.
 *
 * @param left        the left record
 * @param right       the right record
 * @param explanation prior and per-field contributions
 * @param thresholds  the thresholds of the model used
 */
public record PairExplanation(RecordKey left, RecordKey right, WeightExplanation explanation,
        MatchThresholds thresholds) {

    /** {@code link}, {@code review} or {@code non-link}. */
    public String decision() {
        double w = explanation.total();
        return thresholds.isLink(w) ? "link" : thresholds.isReview(w) ? "review" : "non-link";
    }
}
