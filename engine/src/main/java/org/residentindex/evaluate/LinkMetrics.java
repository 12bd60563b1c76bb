package org.residentindex.evaluate;

import java.util.HashMap;
import java.util.Map;
import org.residentindex.cluster.RecordKey;

/**
 * Precision and recall of a set of links (scored pairs above a threshold, before clustering) against truth.
 * Streams: {@link #add} each distinct link once; nothing is stored per link. A link is a true positive when both
 * records are of one true entity; links touching a record the truth does not know are counted apart
 * ({@link #unknown()}) and not scored. Recall's denominator is every true pair — or, with {@code crossSourceOnly}
 * (linking two files), only true pairs whose records come from different sources.
 */
public final class LinkMetrics {

    private final TruthSet truth;
    private final boolean crossSourceOnly;
    private long truePositives;
    private long falsePositives;
    private long unknown;

    public LinkMetrics(TruthSet truth, boolean crossSourceOnly) {
        this.truth = truth;
        this.crossSourceOnly = crossSourceOnly;
    }

    /** Counts one link; call once per distinct pair. */
    public void add(RecordKey left, RecordKey right) {
        String a = truth.entityOf(left);
        String b = truth.entityOf(right);
        if (a == null || b == null) {
            unknown++;
        } else if (a.equals(b)) {
            truePositives++;
        } else {
            falsePositives++;
        }
    }

    /** Links whose records the truth does not know. */
    public long unknown() {
        return unknown;
    }

    /** The metrics of the links added so far. */
    public PairwiseMetrics metrics() {
        long truePairs = truePairs();
        return PairwiseMetrics.ofCounts(truePositives, falsePositives, truePairs - truePositives);
    }

    private long truePairs() {
        Map<String, Map<String, Long>> perEntity = new HashMap<>();
        for (Map.Entry<RecordKey, String> e : truth.entities().entrySet()) {
            perEntity.computeIfAbsent(e.getValue(), k -> new HashMap<>()).merge(e.getKey().source(), 1L, Long::sum);
        }
        long pairs = 0;
        for (Map<String, Long> bySource : perEntity.values()) {
            long n = 0;
            long sameSource = 0;
            for (long c : bySource.values()) {
                n += c;
                sameSource += ContingencyTable.pairs(c);
            }
            pairs += crossSourceOnly ? ContingencyTable.pairs(n) - sameSource : ContingencyTable.pairs(n);
        }
        return pairs;
    }
}
