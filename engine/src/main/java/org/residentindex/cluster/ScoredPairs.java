package org.residentindex.cluster;

import java.util.Arrays;

/**
 * Scored record pairs in three parallel primitive arrays (left ordinal, right ordinal, weight) — millions of pairs
 * cost 16 bytes each, no object per pair. Pairs are stored with {@code left < right}. {@link #sortByWeight()}
 * orders them by weight descending, ties by (left, right) ascending, so processing order is deterministic.
 * Not thread-safe while being filled.
 */
public final class ScoredPairs {

    private int[] left;
    private int[] right;
    private double[] weight;
    private int size;

    public ScoredPairs() {
        this(1024);
    }

    public ScoredPairs(int initialCapacity) {
        int capacity = Math.max(16, initialCapacity);
        left = new int[capacity];
        right = new int[capacity];
        weight = new double[capacity];
    }

    /** Adds a pair of distinct record ordinals with its match weight. */
    public ScoredPairs add(int a, int b, double w) {
        if (a == b || a < 0 || b < 0 || Double.isNaN(w)) {
            throw new IllegalArgumentException("a pair needs two distinct non-negative ordinals and a weight");
        }
        if (size == left.length) {
            int capacity = size + (size >> 1);
            left = Arrays.copyOf(left, capacity);
            right = Arrays.copyOf(right, capacity);
            weight = Arrays.copyOf(weight, capacity);
        }
        left[size] = Math.min(a, b);
        right[size] = Math.max(a, b);
        weight[size] = w;
        size++;
        return this;
    }

    public int size() {
        return size;
    }

    public int left(int i) {
        return left[i];
    }

    public int right(int i) {
        return right[i];
    }

    public double weight(int i) {
        return weight[i];
    }

    /** An independent copy. */
    public ScoredPairs copy() {
        return atLeast(Double.NEGATIVE_INFINITY);
    }

    /** The pairs whose weight is at least {@code threshold}, in the current order. */
    public ScoredPairs atLeast(double threshold) {
        ScoredPairs kept = new ScoredPairs(size);
        for (int i = 0; i < size; i++) {
            if (weight[i] >= threshold) {
                kept.add(left[i], right[i], weight[i]);
            }
        }
        return kept;
    }

    /** Sorts in place: weight descending, then left, then right ascending (a primitive merge sort, no boxing). */
    public ScoredPairs sortByWeight() {
        int[] perm = new int[size];
        for (int i = 0; i < size; i++) {
            perm[i] = i;
        }
        int[] buffer = new int[size];
        for (int width = 1; width < size; width *= 2) {
            for (int lo = 0; lo < size - width; lo += 2 * width) {
                merge(perm, buffer, lo, lo + width, Math.min(lo + 2 * width, size));
            }
        }
        int[] l = new int[size];
        int[] r = new int[size];
        double[] w = new double[size];
        for (int i = 0; i < size; i++) {
            l[i] = left[perm[i]];
            r[i] = right[perm[i]];
            w[i] = weight[perm[i]];
        }
        left = l;
        right = r;
        weight = w;
        return this;
    }

    private void merge(int[] perm, int[] buffer, int lo, int mid, int hi) {
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            buffer[k++] = compare(perm[j], perm[i]) < 0 ? perm[j++] : perm[i++];
        }
        while (i < mid) {
            buffer[k++] = perm[i++];
        }
        while (j < hi) {
            buffer[k++] = perm[j++];
        }
        System.arraycopy(buffer, lo, perm, lo, hi - lo);
    }

    private int compare(int x, int y) {
        int c = Double.compare(weight[y], weight[x]);
        if (c == 0) {
            c = Integer.compare(left[x], left[y]);
        }
        return c != 0 ? c : Integer.compare(right[x], right[y]);
    }
}
