package org.residentindex.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.residentindex.ResidentIndexException;

/** One-to-one groups in {@link ClusterConstraints}: records 0–1 are source a (group 0), 2–3 source b (none). */
class OneToOneGroupsTest {

    private static final int[] A_IS_ONE_TO_ONE = {0, 0, -1, -1};

    @Test
    void cluster_twoRecordsOfOneGroupChainedThroughAnother_keptApart() {
        // a0–b2 strong (the true pair), a1–b2 strong enough to merge alone: a chain a0–b2–a1
        ScoredPairs links = new ScoredPairs().add(0, 2, 40).add(1, 2, 30);

        Clustering c = GuardedClusterer.forLinkThreshold(5).cluster(4, links,
                ClusterConstraints.none().withOneToOneGroups(A_IS_ONE_TO_ONE));

        assertThat(c.clusterOf(0)).isEqualTo(c.clusterOf(2));
        assertThat(c.clusterOf(1)).isNotEqualTo(c.clusterOf(2));
    }

    @Test
    void cluster_withoutGroups_chainMerges() {
        ScoredPairs links = new ScoredPairs().add(0, 2, 40).add(1, 2, 30);

        Clustering c = GuardedClusterer.forLinkThreshold(5).cluster(4, links, ClusterConstraints.none());

        assertThat(c.clusterCount()).isEqualTo(2);
        assertThat(c.clusterOf(1)).isEqualTo(c.clusterOf(0));
    }

    @Test
    void cluster_twoRecordsOfOneGroupLinkedDirectly_merge() {
        ScoredPairs links = new ScoredPairs().add(0, 2, 40).add(1, 2, 30).add(0, 1, 35);

        Clustering c = GuardedClusterer.forLinkThreshold(5).cluster(4, links,
                ClusterConstraints.none().withOneToOneGroups(A_IS_ONE_TO_ONE));

        assertThat(c.members(c.clusterOf(0))).containsExactly(0, 1, 2);
    }

    @Test
    void cluster_recordsOfAGroupFreeSource_chainAsBefore() {
        // b2–a0–b3: b is in no group, so both of its records may join a0
        ScoredPairs links = new ScoredPairs().add(0, 2, 40).add(0, 3, 30);

        Clustering c = new ConnectedComponentsClusterer().cluster(4, links,
                ClusterConstraints.none().withOneToOneGroups(A_IS_ONE_TO_ONE));

        assertThat(c.members(c.clusterOf(0))).containsExactly(0, 2, 3);
    }

    @Test
    void withOneToOneGroups_groupOutOfRange_throws() {
        assertThatThrownBy(() -> ClusterConstraints.none().withOneToOneGroups(new int[] {64}))
                .isInstanceOf(ResidentIndexException.class);
    }
}
