package org.residentindex.block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.residentindex.ResidentIndexException;

/**
 * Batch candidate generation by grouping keys. For each rule, each record's key (its dictionary ids of the rule's
 * columns, hashed to 40 bits) is packed with its ordinal into one {@code long}, the array is sorted and every run of
 * equal keys is a block. A hash collision can only add candidate pairs (which are then compared and scored), never
 * lose one. Blocks larger than {@code maxBlockSize} are skipped and counted. The union over rules is sorted and
 * de-duplicated. A rule with a cap of its own ({@link BlockingRule#maxBlockSize}) is held to the smaller of the
 * two. Deterministic: the output depends only on the column ids.
 *
 * <p>Cost: O(n log n) per rule plus the pairs emitted; memory: one long per record per rule and one long per
 * pair.
 *
 * @param maxBlockSize largest block whose pairs are emitted (e.g. 300: at most ~45k pairs per block)
 */
public record KeyBlocker(int maxBlockSize) {

    /** Default block-size cap. */
    public static final int DEFAULT_MAX_BLOCK_SIZE = 300;

    private static final int ORDINAL_BITS = 24;
    private static final long ORDINAL_MASK = (1L << ORDINAL_BITS) - 1;

    public KeyBlocker {
        if (maxBlockSize < 2) {
            throw new ResidentIndexException("The block size cap must be at least 2");
        }
    }

    /**
     * Candidate pairs of {@code recordCount} records under the union of {@code rules}.
     *
     * @param columnIds a rule column's dictionary ids, one per record, 0 meaning missing; null if the column does
     *                  not exist (the rule then yields nothing)
     */
    public CandidatePairs block(int recordCount, List<BlockingRule> rules, Function<String, int[]> columnIds) {
        if (recordCount > ORDINAL_MASK) {
            throw new ResidentIndexException("Too many records to block in one batch: " + recordCount);
        }
        LongList pairs = new LongList(Math.max(16, recordCount * 4));
        List<RuleReport> reports = new ArrayList<>();
        for (BlockingRule rule : rules) {
            reports.add(blockRule(recordCount, rule, columnIds, pairs));
        }
        // sorted and de-duplicated in the list's own array: no second copy of every pair (tens of millions at 1M
        // records)
        return new CandidatePairs(recordCount, pairs.sortedDistinct(), reports);
    }

    private RuleReport blockRule(int n, BlockingRule rule, Function<String, int[]> columnIds, LongList out) {
        int[][] columns = new int[rule.columns().size()][];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = columnIds.apply(rule.columns().get(c));
            if (columns[c] == null) {
                return new RuleReport(rule.name(), 0, 0, 0, 0);
            }
        }
        long[] keyed = new long[n];
        int size = 0;
        for (int r = 0; r < n; r++) {
            long h = 0x9E3779B97F4A7C15L;
            boolean complete = true;
            for (int[] column : columns) {
                int id = column[r];
                if (id == 0) {
                    complete = false;
                    break;
                }
                h = mix(h ^ id);
            }
            if (complete) {
                keyed[size++] = (h & ~ORDINAL_MASK) | r;
            }
        }
        Arrays.parallelSort(keyed, 0, size);
        long blocks = 0;
        long pairs = 0;
        long skippedBlocks = 0;
        long skippedPairs = 0;
        int cap = rule.capUnder(maxBlockSize);
        int start = 0;
        while (start < size) {
            long key = keyed[start] & ~ORDINAL_MASK;
            int end = start + 1;
            while (end < size && (keyed[end] & ~ORDINAL_MASK) == key) {
                end++;
            }
            long len = end - start;
            if (len > cap) {
                skippedBlocks++;
                skippedPairs += len * (len - 1) / 2;
            } else if (len > 1) {
                blocks++;
                pairs += len * (len - 1) / 2;
                emit(keyed, start, end, out);
            }
            start = end;
        }
        return new RuleReport(rule.name(), blocks, pairs, skippedBlocks, skippedPairs);
    }

    private static void emit(long[] keyed, int start, int end, LongList out) {
        for (int i = start; i < end; i++) {
            int a = (int) (keyed[i] & ORDINAL_MASK);
            for (int j = i + 1; j < end; j++) {
                out.add(CandidatePairs.encode(a, (int) (keyed[j] & ORDINAL_MASK)));
            }
        }
    }

    /** SplitMix64's finaliser: a strong 64-bit mix. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A growable primitive long array. */
    private static final class LongList {
        private long[] values;
        private int size;

        LongList(int capacity) {
            values = new long[capacity];
        }

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size + (size >> 1) + 16);
            }
            values[size++] = v;
        }

        /** The values sorted ascending without repeats; the list is left in an unspecified state. */
        long[] sortedDistinct() {
            if (size == 0) {
                return new long[0];
            }
            Arrays.parallelSort(values, 0, size);
            int w = 1;
            for (int i = 1; i < size; i++) {
                if (values[i] != values[w - 1]) {
                    values[w++] = values[i];
                }
            }
            long[] out = Arrays.copyOf(values, w);
            values = new long[0];
            size = 0;
            return out;
        }
    }
}
