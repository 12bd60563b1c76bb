package org.residentindex.cluster;

/**
 * Naive transitive closure: every link joins its two clusters. Kept as the baseline that shows chaining (one
 * weak namesake link merges two households) — not the default. Honours must-links and refuses a merge that would
 * put a cannot-link pair together, but no other guard.
 */
public final class ConnectedComponentsClusterer implements Clusterer {

    @Override
    public Clustering cluster(int recordCount, ScoredPairs links, ClusterConstraints constraints) {
        ClusterState state = new ClusterState(recordCount, links, constraints);
        ScoredPairs sorted = links.copy().sortByWeight();
        for (int i = 0; i < sorted.size(); i++) {
            state.mergeIfAllowed(state.find(sorted.left(i)), state.find(sorted.right(i)));
        }
        return state.toClustering();
    }
}
