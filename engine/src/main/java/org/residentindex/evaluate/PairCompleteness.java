package org.residentindex.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.residentindex.cluster.RecordKey;

/**
 * Blocking recall against a truth: of the true pairs (two records of one true entity, both among the records
 * blocked), how many are candidate pairs. Blocking decides what can ever link, so a pair it misses is lost
 * whatever the model says. Candidates are given as ordinal pairs encoded {@code (long) a << 32 | b}, {@code a < b},
 * sorted ascending (the block package's form); truth entities are walked and each of their pairs is looked up.
 *
 * @param truePairs true pairs among the blocked records
 * @param found     of those, pairs that are candidates
 * @param missed    the true pairs blocking missed, as ordinal pairs {@code {a, b}}, a &lt; b, in ascending order
 */
public record PairCompleteness(long truePairs, long found, List<int[]> missed) {

    public PairCompleteness {
        missed = List.copyOf(missed);
    }

    /** Share of true pairs that are candidates (1.0 when there are none). */
    public double completeness() {
        return PairwiseMetrics.ratio(found, truePairs);
    }

    /**
     * Measures the candidates of {@code records} records (ordinal → key by {@code keyOf}) against the truth;
     * records the truth does not know are left out.
     */
    public static PairCompleteness of(long[] sortedCandidates, int records, IntFunction<RecordKey> keyOf,
            TruthSet truth) {
        Map<String, List<Integer>> byEntity = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            String entity = truth.entityOf(keyOf.apply(i));
            if (entity != null) {
                byEntity.computeIfAbsent(entity, e -> {
                    order.add(e);
                    return new ArrayList<>();
                }).add(i);
            }
        }
        long truePairs = 0;
        long found = 0;
        List<int[]> missed = new ArrayList<>();
        for (String entity : order) {
            List<Integer> members = byEntity.get(entity);
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    int a = Math.min(members.get(x), members.get(y));
                    int b = Math.max(members.get(x), members.get(y));
                    truePairs++;
                    if (Arrays.binarySearch(sortedCandidates, (long) a << 32 | b) >= 0) {
                        found++;
                    } else {
                        missed.add(new int[] {a, b});
                    }
                }
            }
        }
        missed.sort((p, q) -> p[0] != q[0] ? Integer.compare(p[0], q[0]) : Integer.compare(p[1], q[1]));
        return new PairCompleteness(truePairs, found, missed);
    }
}
