package org.residentindex.score;

import java.util.Arrays;
import java.util.List;
import org.residentindex.ResidentIndexException;

/**
 * Distinct comparison vectors ("patterns") with how many pairs produced each. Millions of candidate pairs collapse
 * to a few hundred or thousand patterns, so EM runs in O(patterns) per iteration instead of O(pairs).
 *
 * <p>Each vector is packed into one {@code long} (mixed radix, one digit per field: 0 for null, level + 1
 * otherwise) and counted in a primitive open-addressing table — no object per pair. Patterns keep the order in
 * which they were first added, so the same input order gives the same pattern order (and the same EM sums).
 * Not thread-safe; build one per thread and {@link #addAll merge}.
 */
public final class PatternCounts {

    private final List<ComparisonSpec> comparisons;
    private final long[] radix;
    private long[] table;
    private int[] slotToIndex;
    private long[] keys = new long[64];
    private long[] counts = new long[64];
    private int size;
    private long total;

    /** An empty table for vectors of the given fields. */
    public PatternCounts(List<ComparisonSpec> comparisons) {
        this.comparisons = List.copyOf(comparisons);
        this.radix = new long[comparisons.size()];
        long capacity = 1;
        for (int f = 0; f < radix.length; f++) {
            radix[f] = comparisons.get(f).levelCount() + 1L;
            if (capacity > Long.MAX_VALUE / radix[f]) {
                throw new ResidentIndexException("Too many fields or levels to count comparison patterns");
            }
            capacity *= radix[f];
        }
        table = new long[256];
        slotToIndex = new int[256];
        Arrays.fill(slotToIndex, -1);
    }

    /** The fields, in vector order. */
    public List<ComparisonSpec> comparisons() {
        return comparisons;
    }

    /** Counts one pair's vector. */
    public void add(int[] vector) {
        add(vector, 1);
    }

    /** Counts {@code count} pairs with the same vector. */
    public void add(int[] vector, long count) {
        addKey(encode(vector), count);
    }

    /** Adds every pattern of another table (same fields) to this one. */
    public void addAll(PatternCounts other) {
        for (int i = 0; i < other.size; i++) {
            addKey(other.keys[i], other.counts[i]);
        }
    }

    /** Number of distinct patterns. */
    public int size() {
        return size;
    }

    /** Number of pairs counted. */
    public long total() {
        return total;
    }

    /** The i-th distinct vector (insertion order), freshly decoded. */
    public int[] pattern(int i) {
        return decode(keys[i]);
    }

    /** How many pairs had the i-th vector. */
    public long count(int i) {
        return counts[i];
    }

    private void addKey(long key, long count) {
        if (count <= 0) {
            throw new IllegalArgumentException("count must be positive");
        }
        int mask = table.length - 1;
        int slot = mix(key) & mask;
        while (slotToIndex[slot] >= 0) {
            if (table[slot] == key) {
                counts[slotToIndex[slot]] += count;
                total += count;
                return;
            }
            slot = (slot + 1) & mask;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
        }
        keys[size] = key;
        counts[size] = count;
        table[slot] = key;
        slotToIndex[slot] = size;
        size++;
        total += count;
        if (size * 2 > table.length) {
            rehash();
        }
    }

    private void rehash() {
        table = new long[table.length * 2];
        slotToIndex = new int[table.length];
        Arrays.fill(slotToIndex, -1);
        int mask = table.length - 1;
        for (int i = 0; i < size; i++) {
            int slot = mix(keys[i]) & mask;
            while (slotToIndex[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = keys[i];
            slotToIndex[slot] = i;
        }
    }

    private long encode(int[] vector) {
        if (vector.length != radix.length) {
            throw new ResidentIndexException("A comparison vector has " + vector.length + " entries but "
                    + radix.length + " fields are compared");
        }
        long key = 0;
        for (int f = 0; f < vector.length; f++) {
            long digit = vector[f] + 1L;
            if (digit < 0 || digit >= radix[f]) {
                throw new ResidentIndexException("Level " + vector[f] + " is out of range for field '"
                        + comparisons.get(f).field() + "'");
            }
            key = key * radix[f] + digit;
        }
        return key;
    }

    private int[] decode(long key) {
        int[] vector = new int[radix.length];
        for (int f = radix.length - 1; f >= 0; f--) {
            vector[f] = (int) (key % radix[f]) - 1;
            key /= radix[f];
        }
        return vector;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
