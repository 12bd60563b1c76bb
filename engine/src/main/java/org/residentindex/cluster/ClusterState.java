package org.residentindex.cluster;

/**
 * Working state shared by the clusterers: union–find over ordinals with must-links already applied, adjacency of
 * the links (CSR arrays) for counting edges between clusters, and cannot-link partners for the merge veto.
 */
final class ClusterState {

    private final UnionFind sets;
    private final int[] linkStart;
    private final int[] linkTo;
    private final int[] cannotStart;
    private final int[] cannotTo;
    /** Per record: bit g set when it belongs to one-to-one group g. */
    private final long[] group;
    /** Per root: bit g set when the cluster holds a record of one-to-one group g. */
    private final long[] groups;

    ClusterState(int recordCount, ScoredPairs links, ClusterConstraints constraints) {
        sets = new UnionFind(recordCount);
        int[][] adjacency = csr(recordCount, links.size(), links::left, links::right);
        linkStart = adjacency[0];
        linkTo = adjacency[1];
        int[][] cannot = csr(recordCount, constraints.cannotLinkCount(), constraints::cannotLeft,
                constraints::cannotRight);
        cannotStart = cannot[0];
        cannotTo = cannot[1];
        group = new long[recordCount];
        for (int i = 0; i < recordCount; i++) {
            int g = constraints.oneToOneGroup(i);
            group[i] = g < 0 ? 0L : 1L << g;
        }
        groups = group.clone();
        for (int i = 0; i < constraints.mustLinkCount(); i++) {
            union(find(constraints.mustLeft(i)), find(constraints.mustRight(i)));
        }
    }

    private void union(int rootA, int rootB) {
        long merged = groups[rootA] | groups[rootB];
        groups[sets.union(rootA, rootB)] = merged;
    }

    int find(int ordinal) {
        return sets.find(ordinal);
    }

    int size(int root) {
        return sets.size(root);
    }

    /** Merges two roots unless a cannot-link pair spans them; returns whether they are now one cluster. */
    boolean mergeIfAllowed(int rootA, int rootB) {
        if (rootA == rootB) {
            return true;
        }
        if (cannotLinkBetween(rootA, rootB) || oneToOneClash(rootA, rootB)) {
            return false;
        }
        union(rootA, rootB);
        return true;
    }

    /** Whether both clusters hold records of one one-to-one group not all joined by links of their own. */
    private boolean oneToOneClash(int rootA, int rootB) {
        long shared = groups[rootA] & groups[rootB];
        if (shared == 0) {
            return false;
        }
        int small = sets.size(rootA) <= sets.size(rootB) ? rootA : rootB;
        int other = small == rootA ? rootB : rootA;
        int x = small;
        do {
            if ((group[x] & shared) != 0 && clashes(x, other)) {
                return true;
            }
            x = sets.next(x);
        } while (x != small);
        return false;
    }

    /** Whether cluster {@code root} holds a record of x's group that x has no link to. */
    private boolean clashes(int x, int root) {
        int y = root;
        do {
            if ((group[y] & group[x]) != 0 && !linked(x, y)) {
                return true;
            }
            y = sets.next(y);
        } while (y != root);
        return false;
    }

    private boolean linked(int x, int y) {
        for (int k = linkStart[x]; k < linkStart[x + 1]; k++) {
            if (linkTo[k] == y) {
                return true;
            }
        }
        return false;
    }

    /** Number of links with one end in each cluster; walks the smaller cluster's adjacency. */
    long linksBetween(int rootA, int rootB) {
        int small = sets.size(rootA) <= sets.size(rootB) ? rootA : rootB;
        int other = small == rootA ? rootB : rootA;
        long count = 0;
        int x = small;
        do {
            for (int k = linkStart[x]; k < linkStart[x + 1]; k++) {
                if (sets.find(linkTo[k]) == other) {
                    count++;
                }
            }
            x = sets.next(x);
        } while (x != small);
        return count;
    }

    private boolean cannotLinkBetween(int rootA, int rootB) {
        int small = sets.size(rootA) <= sets.size(rootB) ? rootA : rootB;
        int other = small == rootA ? rootB : rootA;
        int x = small;
        do {
            for (int k = cannotStart[x]; k < cannotStart[x + 1]; k++) {
                if (sets.find(cannotTo[k]) == other) {
                    return true;
                }
            }
            x = sets.next(x);
        } while (x != small);
        return false;
    }

    Clustering toClustering() {
        return sets.toClustering();
    }

    /** Symmetric adjacency in compressed-sparse-row form: {start[n+1], neighbours[2m]}. */
    private static int[][] csr(int n, int m, java.util.function.IntUnaryOperator left,
            java.util.function.IntUnaryOperator right) {
        int[] start = new int[n + 1];
        for (int i = 0; i < m; i++) {
            start[check(left.applyAsInt(i), n) + 1]++;
            start[check(right.applyAsInt(i), n) + 1]++;
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        int[] fill = java.util.Arrays.copyOf(start, n);
        int[] to = new int[2 * m];
        for (int i = 0; i < m; i++) {
            int a = left.applyAsInt(i);
            int b = right.applyAsInt(i);
            to[fill[a]++] = b;
            to[fill[b]++] = a;
        }
        return new int[][] {start, to};
    }

    private static int check(int ordinal, int n) {
        if (ordinal >= n) {
            throw new org.residentindex.ResidentIndexException("A pair refers to record #" + ordinal + " but only "
                    + n + " records were given");
        }
        return ordinal;
    }
}
