package org.residentindex.cluster;

/**
 * Groups record ordinals into entities from their links. Contract (tested for every implementation by
 * {@code ClustererContract}): deterministic; every must-link pair ends in one cluster; no cluster holds both
 * records of a cannot-link pair; records without links are singletons; the input pairs are not modified.
 */
public interface Clusterer {

    /**
     * @param recordCount number of records; ordinals are {@code 0..recordCount-1}
     * @param links       pairs at or above the link threshold (any order; the clusterer sorts a copy if needed)
     * @param constraints reviewers' decisions as must-link / cannot-link ordinal pairs
     */
    Clustering cluster(int recordCount, ScoredPairs links, ClusterConstraints constraints);
}
