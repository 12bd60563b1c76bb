package org.residentindex.evaluate;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.residentindex.cluster.RecordKey;

/**
 * Pairwise accuracy per source: for each source, the metrics over the record pairs that touch it (at least one
 * of the two records comes from it), so a data team sees which dataset's records the linkage gets wrong. Computed
 * from group sizes, never by listing pairs: a group of {@code n} records, {@code k} of them from the source, holds
 * {@code C(n,2) − C(n−k,2)} pairs touching it. Only records both sides know count, as in {@link Evaluation}.
 *
 * @param bySource source name → its pairwise metrics, sources in name order
 */
public record SourceBreakdown(Map<String, PairwiseMetrics> bySource) {

    public SourceBreakdown {
        bySource = Collections.unmodifiableMap(new TreeMap<>(bySource));
    }

    /** The breakdown of a predicted record → entity assignment against the truth. */
    public static SourceBreakdown of(Map<RecordKey, String> predicted, TruthSet truth) {
        Map<String, Map<String, Long>> cells = new HashMap<>();
        Map<String, Map<String, Long>> clusters = new HashMap<>();
        Map<String, Map<String, Long>> entities = new HashMap<>();
        TreeSet<String> sources = new TreeSet<>();
        for (Map.Entry<RecordKey, String> e : predicted.entrySet()) {
            String trueEntity = truth.entityOf(e.getKey());
            if (trueEntity == null) {
                continue;
            }
            String source = e.getKey().source();
            sources.add(source);
            count(cells, e.getValue() + '\u0000' + trueEntity, source);
            count(clusters, e.getValue(), source);
            count(entities, trueEntity, source);
        }
        Map<String, PairwiseMetrics> metrics = new TreeMap<>();
        for (String source : sources) {
            long tp = touching(cells, source);
            long predictedPairs = touching(clusters, source);
            long truePairs = touching(entities, source);
            metrics.put(source, PairwiseMetrics.ofCounts(tp, predictedPairs - tp, truePairs - tp));
        }
        return new SourceBreakdown(metrics);
    }

    private static void count(Map<String, Map<String, Long>> groups, String group, String source) {
        groups.computeIfAbsent(group, g -> new HashMap<>()).merge(source, 1L, Long::sum);
    }

    /** Pairs touching {@code source} summed over the groups. */
    private static long touching(Map<String, Map<String, Long>> groups, String source) {
        long pairs = 0;
        for (Map<String, Long> group : groups.values()) {
            long k = group.getOrDefault(source, 0L);
            if (k > 0) {
                long n = group.values().stream().mapToLong(Long::longValue).sum();
                pairs += ContingencyTable.pairs(n) - ContingencyTable.pairs(n - k);
            }
        }
        return pairs;
    }
}
