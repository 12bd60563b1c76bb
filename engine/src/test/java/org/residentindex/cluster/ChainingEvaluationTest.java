package org.residentindex.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.residentindex.evaluate.Evaluation;
import org.residentindex.evaluate.LinkMetrics;
import org.residentindex.evaluate.PairwiseMetrics;
import org.residentindex.evaluate.TruthSet;
import org.residentindex.score.ComparisonSpec;
import org.residentindex.score.FellegiSunterModel;

/**
 * A generated file built to chain: few first names and surnames (many namesakes), households sharing surname and
 * postcode, and many missing dates of birth and postcodes, so that records with only a name in common link weakly
 * across people. Naive transitive closure collapses clusters; the guarded clusterer keeps cluster precision near
 * pair precision.
 */
class ChainingEvaluationTest {

    private static final int PEOPLE = 300;
    private static final List<ComparisonSpec> SPECS = List.of(ComparisonSpec.of("first_name", "exact", "else"),
            ComparisonSpec.of("surname", "exact", "else"), ComparisonSpec.of("dob", "exact", "else"),
            ComparisonSpec.of("postcode", "exact", "else"));
    private static final FellegiSunterModel MODEL = new FellegiSunterModel(SPECS,
            new double[][] {{0.95, 0.05}, {0.95, 0.05}, {0.95, 0.05}, {0.9, 0.1}},
            new double[][] {{1 / 6.0, 5 / 6.0}, {0.25, 0.75}, {1 / 3000.0, 1 - 1 / 3000.0}, {0.01, 0.99}},
            1.0 / PEOPLE);

    record Dataset(List<RecordKey> keys, int[][] values, Map<RecordKey, String> truth) {
    }

    static Dataset generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<RecordKey> keys = new ArrayList<>();
        List<int[]> values = new ArrayList<>();
        Map<RecordKey, String> truth = new LinkedHashMap<>();
        int person = 0;
        for (int household = 0; person < PEOPLE; household++) {
            int surname = random.nextInt(4);
            int size = 2 + random.nextInt(3);
            for (int member = 0; member < size && person < PEOPLE; member++, person++) {
                int first = random.nextInt(6);
                int dob = random.nextInt(3000);
                int records = 2 + random.nextInt(2);
                for (int r = 0; r < records; r++) {
                    RecordKey key = new RecordKey("src" + r, "p" + person + "-" + r);
                    keys.add(key);
                    truth.put(key, "E" + person);
                    values.add(new int[] {
                        missing(random, 0.1, first), missing(random, 0.1, surname), missing(random, 0.4, dob),
                        missing(random, 0.3, household)});
                }
            }
        }
        return new Dataset(keys, values.toArray(new int[0][]), truth);
    }

    private static int missing(SplittableRandom random, double rate, int value) {
        return random.nextDouble() < rate ? -1 : value;
    }

    static ScoredPairs links(Dataset data, double threshold) {
        ScoredPairs links = new ScoredPairs();
        int[] vector = new int[SPECS.size()];
        for (int a = 0; a < data.values().length; a++) {
            for (int b = a + 1; b < data.values().length; b++) {
                for (int f = 0; f < vector.length; f++) {
                    int x = data.values()[a][f];
                    int y = data.values()[b][f];
                    vector[f] = x < 0 || y < 0 ? ComparisonSpec.NULL_LEVEL : x == y ? 0 : 1;
                }
                double w = MODEL.weight(vector);
                if (w >= threshold) {
                    links.add(a, b, w);
                }
            }
        }
        return links;
    }

    static Map<RecordKey, String> entities(Clustering c, List<RecordKey> keys) {
        Map<RecordKey, String> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            out.put(keys.get(i), "C" + c.clusterOf(i));
        }
        return out;
    }

    @Test
    void guardedClusterer_chainingFile_keepsClusterPrecisionNearPairPrecision() {
        Dataset data = generate(2024);
        TruthSet truth = new TruthSet(data.truth());
        for (double threshold : new double[] {-4, -1, 1}) {
            ScoredPairs links = links(data, threshold);
            LinkMetrics linkMetrics = new LinkMetrics(truth, false);
            for (int i = 0; i < links.size(); i++) {
                linkMetrics.add(data.keys().get(links.left(i)), data.keys().get(links.right(i)));
            }
            PairwiseMetrics pairs = linkMetrics.metrics();

            Clustering naive = new ConnectedComponentsClusterer().cluster(data.keys().size(), links,
                    ClusterConstraints.none());
            Clustering guarded = GuardedClusterer.forLinkThreshold(threshold).cluster(data.keys().size(), links,
                    ClusterConstraints.none());
            Evaluation naiveEval = Evaluation.of(entities(naive, data.keys()), truth);
            Evaluation guardedEval = Evaluation.of(entities(guarded, data.keys()), truth);

            System.out.printf(Locale.ROOT, "chaining file: %d records, %d links; pair precision %.3f recall %.3f%n"
                    + "  naive closure:   cluster precision %.3f recall %.3f F1 %.3f (%d clusters)%n"
                    + "  guarded:         cluster precision %.3f recall %.3f F1 %.3f (%d clusters)%n",
                    data.keys().size(), links.size(), pairs.precision(), pairs.recall(),
                    naiveEval.pairwise().precision(), naiveEval.pairwise().recall(), naiveEval.pairwise().f1(),
                    naive.clusterCount(), guardedEval.pairwise().precision(), guardedEval.pairwise().recall(),
                    guardedEval.pairwise().f1(), guarded.clusterCount());

            assertThat(guardedEval.pairwise().precision()).as("threshold %s", threshold)
                    .isGreaterThan(pairs.precision() - 0.02);
            assertThat(guardedEval.pairwise().f1()).isGreaterThan(naiveEval.pairwise().f1());
            assertThat(naiveEval.pairwise().precision()).isLessThan(pairs.precision() - 0.05);
            if (threshold < 0) {
                assertThat(naiveEval.pairwise().precision()).as("closure collapses")
                        .isLessThan(pairs.precision() / 1.4);
            }
        }
    }
}
