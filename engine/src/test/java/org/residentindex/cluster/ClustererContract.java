package org.residentindex.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The {@link Clusterer} contract; every implementation's test extends it. */
abstract class ClustererContract {

    abstract Clusterer clusterer();

    static ScoredPairs randomLinks(long seed, int records, int pairs) {
        SplittableRandom random = new SplittableRandom(seed);
        ScoredPairs links = new ScoredPairs();
        for (int i = 0; i < pairs; i++) {
            int a = random.nextInt(records);
            int b = random.nextInt(records);
            if (a != b) {
                links.add(a, b, random.nextInt(40) / 2.0);
            }
        }
        return links;
    }

    @Test
    void cluster_sameInput_sameClusteringAndInputUntouched() {
        ScoredPairs links = randomLinks(1, 200, 300);
        double firstWeight = links.weight(0);

        Clustering a = clusterer().cluster(200, links, ClusterConstraints.none());
        Clustering b = clusterer().cluster(200, randomLinks(1, 200, 300), ClusterConstraints.none());

        assertThat(a).isEqualTo(b);
        assertThat(links.weight(0)).isEqualTo(firstWeight);
    }

    @Test
    void cluster_noLinks_allSingletons() {
        Clustering c = clusterer().cluster(5, new ScoredPairs(), ClusterConstraints.none());

        assertThat(c.clusterCount()).isEqualTo(5);
    }

    @Test
    void cluster_constraints_mustLinkJoinsAndCannotLinkSeparatesEvenTransitively() {
        ScoredPairs links = new ScoredPairs().add(0, 1, 30).add(1, 2, 30).add(2, 3, 30);
        ClusterConstraints constraints = new ClusterConstraints.Builder().mustLink(4, 5).cannotLink(0, 3).build();

        Clustering c = clusterer().cluster(6, links, constraints);

        assertThat(c.clusterOf(4)).isEqualTo(c.clusterOf(5));
        assertThat(c.clusterOf(0)).isNotEqualTo(c.clusterOf(3));
        assertThat(c.clusterOf(0)).isEqualTo(c.clusterOf(1));
    }

    @Test
    void cluster_randomConstraints_neverViolated() {
        ScoredPairs links = randomLinks(2, 100, 400);
        ClusterConstraints.Builder builder = new ClusterConstraints.Builder();
        for (int i = 0; i < 30; i += 2) {
            builder.cannotLink(i, i + 50);
        }
        ClusterConstraints constraints = builder.build();

        Clustering c = clusterer().cluster(100, links, constraints);

        for (int i = 0; i < constraints.cannotLinkCount(); i++) {
            assertThat(c.clusterOf(constraints.cannotLeft(i))).isNotEqualTo(c.clusterOf(constraints.cannotRight(i)));
        }
    }
}
