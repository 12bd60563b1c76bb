package org.residentindex.cluster;

/**
 * Union–find over record ordinals with union by size and path halving, plus a circular member list per set so
 * a cluster's members can be walked in O(size). Package-private working structure of the clusterers.
 */
final class UnionFind {

    private final int[] parent;
    private final int[] size;
    private final int[] next;

    UnionFind(int n) {
        parent = new int[n];
        size = new int[n];
        next = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
            next[i] = i;
        }
    }

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    int size(int root) {
        return size[root];
    }

    /** Merges the sets of two roots; returns the new root. */
    int union(int rootA, int rootB) {
        if (rootA == rootB) {
            return rootA;
        }
        int big = size[rootA] >= size[rootB] ? rootA : rootB;
        int small = big == rootA ? rootB : rootA;
        parent[small] = big;
        size[big] += size[small];
        int t = next[big];
        next[big] = next[small];
        next[small] = t;
        return big;
    }

    /** The member after {@code x} in its set's circular list. */
    int next(int x) {
        return next[x];
    }

    Clustering toClustering() {
        int n = parent.length;
        int[] labelOfRoot = new int[n];
        java.util.Arrays.fill(labelOfRoot, -1);
        int[] labels = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            int root = find(i);
            if (labelOfRoot[root] < 0) {
                labelOfRoot[root] = count++;
            }
            labels[i] = labelOfRoot[root];
        }
        return new Clustering(labels, count);
    }
}
