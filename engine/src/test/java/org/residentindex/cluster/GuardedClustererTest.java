package org.residentindex.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GuardedClustererTest extends ClustererContract {

    private static final double LINK = 5.0;

    @Override
    Clusterer clusterer() {
        return GuardedClusterer.forLinkThreshold(LINK);
    }

    /** Records 0-2 and 3-5: each a clique of moderate links; one weak link 2–3 between them. */
    static ScoredPairs twoHouseholdsWithWeakBridge() {
        ScoredPairs links = new ScoredPairs();
        for (int h = 0; h < 2; h++) {
            int base = 3 * h;
            links.add(base, base + 1, 12).add(base, base + 2, 11).add(base + 1, base + 2, 13);
        }
        return links.add(2, 3, 6);
    }

    @Test
    void cluster_twoHouseholdsJoinedByWeakLink_stayTwoClusters() {
        Clustering c = clusterer().cluster(6, twoHouseholdsWithWeakBridge(), ClusterConstraints.none());

        assertThat(c.clusterCount()).isEqualTo(2);
        assertThat(c.members(0)).containsExactly(0, 1, 2);
        assertThat(c.members(1)).containsExactly(3, 4, 5);
    }

    @Test
    void cluster_trueEntityLinkedAsChainOfStrongLinks_staysOne() {
        ScoredPairs chain = new ScoredPairs();
        for (int i = 0; i < 7; i++) {
            chain.add(i, i + 1, 20 + i);
        }

        Clustering c = clusterer().cluster(8, chain, ClusterConstraints.none());

        assertThat(c.clusterCount()).isEqualTo(1);
    }

    @Test
    void cluster_weakLinksCorroboratedByMostCrossPairs_merge() {
        // {0,1} strongly linked; 2 links weakly to both: 2 of 2 cross pairs -> merges.
        ScoredPairs links = new ScoredPairs().add(0, 1, 30).add(0, 2, 6).add(1, 2, 6);

        Clustering c = clusterer().cluster(3, links, ClusterConstraints.none());

        assertThat(c.clusterCount()).isEqualTo(1);
    }

    @Test
    void cluster_weakStarThroughMissingFieldRecord_joinsOnlyOneSide() {
        // 0-1 and 2-3 are two people; record 4 (fields missing) links weakly to all four.
        ScoredPairs links = new ScoredPairs().add(0, 1, 25).add(2, 3, 25)
                .add(4, 0, 7).add(4, 1, 7).add(4, 2, 6.5).add(4, 3, 6.5);

        Clustering c = clusterer().cluster(5, links, ClusterConstraints.none());

        assertThat(c.clusterCount()).isEqualTo(2);
        assertThat(c.clusterOf(4)).isEqualTo(c.clusterOf(0));
    }

    @Test
    void cluster_decisionsFromFile_honoured() {
        ScoredPairs links = new ScoredPairs().add(0, 1, 40);
        java.util.List<RecordKey> keys = java.util.List.of(new RecordKey("ct", "1"), new RecordKey("er", "1"),
                new RecordKey("ct", "2"), new RecordKey("er", "2"));
        java.util.List<Decision> decisions = java.util.List.of(
                new Decision(keys.get(0), keys.get(1), Decision.Verdict.NON_MATCH, "rev", null, null),
                new Decision(keys.get(2), keys.get(3), Decision.Verdict.MATCH, "rev", null, null),
                new Decision(keys.get(2), new RecordKey("gone", "9"), Decision.Verdict.MATCH, null, null, null));

        Clustering c = clusterer().cluster(4, links, ClusterConstraints.fromDecisions(decisions, keys::indexOf));

        assertThat(c.clusterOf(0)).isNotEqualTo(c.clusterOf(1));
        assertThat(c.clusterOf(2)).isEqualTo(c.clusterOf(3));
        assertThat(c.clusterCount()).isEqualTo(3);
    }
}
