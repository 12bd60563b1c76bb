package org.residentindex.block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.residentindex.ResidentIndexException;

/**
 * Blocking on a personal identifier within one keying error. An exact identifier rule misses the record whose
 * National Insurance or social-security number has one digit wrong, one digit dropped or two digits swapped — the
 * commonest keying errors — and such a record often has its other keys wrong too. Each value longer than
 * {@code minLength} characters is keyed by itself and by every string left after deleting one of its characters
 * (its deletion neighbourhood): two values within one substitution, insertion, deletion or adjacent transposition
 * share at least one such key (so do some at two edits: one character dropped here and another there). Records sharing a key form a block; blocks over {@code maxBlockSize} are skipped and
 * counted (an identifier shared that widely is not identifying anyone). The result is the input pairs plus the new
 * ones, sorted and distinct, with one more {@link RuleReport} named {@code column + "~1"}: its {@code pairs} are the
 * pairs it added.
 *
 * <p>Cost: (length + 1) keys per record holding the identifier, one hash-map entry each; the blocks are tiny. Short
 * values are left out: with few characters, one edit reaches too many other values to identify anyone.
 *
 * @param minLength    shortest value keyed (shorter values: exact rule only)
 * @param maxBlockSize largest block whose pairs are emitted
 */
public record IdentifierVariants(int minLength, int maxBlockSize) {

    /** Shortest identifier value keyed by default: a UK NI number has 9 characters, FEBRL's ids 7–8. */
    public static final int DEFAULT_MIN_LENGTH = 6;
    /** Largest block by default: a few records per key is all an identifier should give. */
    public static final int DEFAULT_MAX_BLOCK_SIZE = 10;
    /** Suffix of the report row's name. */
    public static final String SUFFIX = "~1";

    public IdentifierVariants {
        if (minLength < 2 || maxBlockSize < 2) {
            throw new ResidentIndexException("Identifier variants need minLength >= 2 and maxBlockSize >= 2");
        }
    }

    /** The defaults. */
    public static IdentifierVariants defaults() {
        return new IdentifierVariants(DEFAULT_MIN_LENGTH, DEFAULT_MAX_BLOCK_SIZE);
    }

    /** This blocking as a {@link CandidateSource} over one identifier column. */
    public CandidateSource on(String column) {
        return (records, found) -> extend(found, column, r -> records.value(column, r));
    }

    /** {@code base} plus the pairs of records whose {@code column} values are within one edit. */
    public CandidatePairs extend(CandidatePairs base, String column, IntFunction<String> values) {
        Map<String, int[]> blocks = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (int r = 0; r < base.recordCount(); r++) {
            String v = values.apply(r);
            if (v == null || v.length() < minLength) {
                continue;
            }
            keys.clear();
            keys.add(v);
            for (int i = 0; i < v.length(); i++) {
                keys.add(v.substring(0, i) + v.substring(i + 1));
            }
            for (String key : keys) {
                int[] block = blocks.get(key);
                if (block == null) {
                    blocks.put(key, new int[] {1, r});
                } else {
                    if (block[0] + 1 == block.length) {
                        block = Arrays.copyOf(block, block.length * 2);
                        blocks.put(key, block);
                    }
                    block[++block[0]] = r;
                }
            }
        }
        List<long[]> found = new ArrayList<>();
        long[] pairs = new long[64];
        int size = 0;
        long blockCount = 0;
        long skippedBlocks = 0;
        long skippedPairs = 0;
        for (int[] block : blocks.values()) {
            int n = block[0];
            if (n < 2) {
                continue;
            }
            if (n > maxBlockSize) {
                skippedBlocks++;
                skippedPairs += (long) n * (n - 1) / 2;
                continue;
            }
            blockCount++;
            for (int x = 1; x <= n; x++) {
                for (int y = x + 1; y <= n; y++) {
                    if (size == pairs.length) {
                        found.add(pairs);
                        pairs = new long[pairs.length * 2];
                        size = 0;
                    }
                    pairs[size++] = CandidatePairs.encode(block[x], block[y]);
                }
            }
        }
        found.add(Arrays.copyOf(pairs, size));
        long[] extra = found.stream().flatMapToLong(Arrays::stream).toArray();
        long[] merged = FuzzyFallback.union(base.pairs(), extra);
        List<RuleReport> rules = new ArrayList<>(base.rules());
        rules.add(new RuleReport(column + SUFFIX, blockCount, merged.length - base.pairs().length, skippedBlocks,
                skippedPairs));
        return new CandidatePairs(base.recordCount(), merged, rules);
    }
}
