package org.residentindex.block;

import java.util.List;

/**
 * The distinct candidate pairs of a batch, each encoded as {@code (long) a << 32 | b} with {@code a < b}, in
 * ascending order, plus what each rule contributed.
 *
 * @param recordCount number of records blocked
 * @param pairs       encoded pairs, sorted, distinct
 * @param rules       one report per rule, in rule order
 */
public record CandidatePairs(int recordCount, long[] pairs, List<RuleReport> rules) {

    public CandidatePairs {
        rules = List.copyOf(rules);
    }

    /** No pairs and no report rows, over {@code recordCount} records: what a first source extends. */
    public static CandidatePairs none(int recordCount) {
        return new CandidatePairs(recordCount, new long[0], List.of());
    }

    /** Number of distinct pairs. */
    public int size() {
        return pairs.length;
    }

    /** Left (smaller) ordinal of pair {@code i}. */
    public int left(int i) {
        return (int) (pairs[i] >>> 32);
    }

    /** Right (larger) ordinal of pair {@code i}. */
    public int right(int i) {
        return (int) pairs[i];
    }

    /** Encodes a pair of distinct ordinals. */
    public static long encode(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    /** 1 − pairs / all possible pairs: how much comparison work blocking saved. */
    public double reductionRatio() {
        double all = (double) recordCount * (recordCount - 1) / 2.0;
        return all <= 0 ? 0.0 : 1.0 - pairs.length / all;
    }

    /** Pairs of skipped (oversize) blocks, summed over rules. */
    public long skippedPairs() {
        return rules.stream().mapToLong(RuleReport::skippedPairs).sum();
    }
}
