package org.residentindex.cluster;

import java.util.List;
import java.util.Map;

/**
 * Result of {@link ResidentIdAssigner}: the resident id of each cluster, the previous ids retired by merges
 * ({@code retired id → surviving id}, for the caller to write as a {@code merged_into} file and feed back to the
 * next run), and the ids created in this run.
 *
 * @param clusterIds index = cluster number of the {@link Clustering}
 * @param mergedInto retired previous id → id of the cluster that holds most of its records; sorted by retired id
 * @param newIds     ids minted in this run, in minting order
 */
public record IdAssignment(List<String> clusterIds, Map<String, String> mergedInto, List<String> newIds) {

    public IdAssignment {
        clusterIds = List.copyOf(clusterIds);
        mergedInto = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(mergedInto));
        newIds = List.copyOf(newIds);
    }

    /** The resident id of a cluster. */
    public String idOf(int cluster) {
        return clusterIds.get(cluster);
    }
}
