package org.residentindex.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectedComponentsClustererTest extends ClustererContract {

    @Override
    Clusterer clusterer() {
        return new ConnectedComponentsClusterer();
    }

    @Test
    void cluster_weakBridge_chainsTwoHouseholds() {
        Clustering c = clusterer().cluster(6, GuardedClustererTest.twoHouseholdsWithWeakBridge(),
                ClusterConstraints.none());

        assertThat(c.clusterCount()).isEqualTo(1);
    }
}
