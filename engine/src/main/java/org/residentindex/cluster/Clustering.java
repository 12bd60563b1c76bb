package org.residentindex.cluster;

import java.util.Arrays;

/**
 * A partition of record ordinals {@code 0..n-1} into clusters (resident entities). Cluster numbers are canonical:
 * {@code 0..k-1} in order of each cluster's smallest ordinal, so equal partitions are equal objects whatever
 * algorithm produced them. Immutable.
 */
public final class Clustering {

    private final int[] clusterOf;
    private final int[] start;
    private final int[] members;

    /** Canonicalises any labelling: records with equal labels share a cluster. */
    public static Clustering fromLabels(int[] labels) {
        int[] canonical = new int[labels.length];
        java.util.Map<Integer, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            canonical[i] = seen.computeIfAbsent(labels[i], k -> seen.size());
        }
        return new Clustering(canonical, seen.size());
    }

    /** From canonical labels (as produced by {@link UnionFind#toClustering()}); trusted, not re-checked. */
    Clustering(int[] canonicalLabels, int clusterCount) {
        this.clusterOf = canonicalLabels;
        this.start = new int[clusterCount + 1];
        for (int c : canonicalLabels) {
            start[c + 1]++;
        }
        for (int c = 0; c < clusterCount; c++) {
            start[c + 1] += start[c];
        }
        this.members = new int[canonicalLabels.length];
        int[] fill = Arrays.copyOf(start, clusterCount);
        for (int i = 0; i < canonicalLabels.length; i++) {
            members[fill[canonicalLabels[i]]++] = i;
        }
    }

    /** Number of records. */
    public int recordCount() {
        return clusterOf.length;
    }

    /** Number of clusters, singletons included. */
    public int clusterCount() {
        return start.length - 1;
    }

    /** The cluster of a record. */
    public int clusterOf(int ordinal) {
        return clusterOf[ordinal];
    }

    /** The ordinals in a cluster, ascending. */
    public int[] members(int cluster) {
        return Arrays.copyOfRange(members, start[cluster], start[cluster + 1]);
    }

    /** Size of a cluster. */
    public int size(int cluster) {
        return start[cluster + 1] - start[cluster];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Clustering other && Arrays.equals(clusterOf, other.clusterOf);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(clusterOf);
    }

    @Override
    public String toString() {
        return "Clustering[" + recordCount() + " records, " + clusterCount() + " clusters]";
    }
}
