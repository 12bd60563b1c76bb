package org.residentindex.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SourcePairPriorEstimatorTest {

    private static final long SIZE = 2000;

    /** Sources a and b hold no duplicates of themselves; c holds many; a and b share 1500 people, a and c 300. */
    private static SourcePairPriors simulated() {
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (String s : List.of("a", "b", "c")) {
            sizes.put(s, SIZE);
        }
        long crossPairs = SIZE * SIZE;
        long withinPairs = SIZE * (SIZE - 1) / 2;
        double matches = 1500 + 300 + 400;
        double global = matches / (3 * crossPairs + 3.0 * withinPairs);
        SourcePairPriorEstimator estimator = new SourcePairPriorEstimator(global, sizes);
        SplittableRandom random = new SplittableRandom(11);
        addPairs(estimator, random, 0, 1, 1500);
        addPairs(estimator, random, 0, 2, 300);
        addPairs(estimator, random, 2, 2, 400);
        addPairs(estimator, random, 0, 0, 0);
        addPairs(estimator, random, 1, 1, 0);
        addPairs(estimator, random, 1, 2, 0);
        return estimator.estimate();
    }

    /** {@code matches} true pairs with strong evidence and 20 000 candidate non-matches with weak evidence. */
    private static void addPairs(SourcePairPriorEstimator estimator, SplittableRandom random, int s, int t,
            int matches) {
        for (int i = 0; i < matches; i++) {
            estimator.add(s, t, 22 + 4 * random.nextGaussian());
        }
        for (int i = 0; i < 20_000; i++) {
            estimator.add(t, s, -25 + 28 * random.nextDouble());
        }
    }

    @Test
    void estimate_simulatedSources_recoversEachSourcePairsRate() {
        SourcePairPriors priors = simulated();

        assertThat(priors.lambda("a", "b")).isCloseTo(1500.0 / (SIZE * SIZE), within(0.1 * 1500.0 / (SIZE * SIZE)));
        assertThat(priors.lambda("c", "a")).isCloseTo(300.0 / (SIZE * SIZE), within(0.1 * 300.0 / (SIZE * SIZE)));
        double withinPairs = SIZE * (SIZE - 1) / 2.0;
        assertThat(priors.lambda("c", "c")).isCloseTo(400 / withinPairs, within(0.1 * 400 / withinPairs));
    }

    @Test
    void estimate_sourceWithoutDuplicates_priorFarBelowGlobalButFloored() {
        SourcePairPriors priors = simulated();

        for (String s : List.of("a", "b")) {
            assertThat(priors.lambda(s, s)).as(s).isLessThan(priors.global() / 100)
                    .isGreaterThanOrEqualTo(priors.global() / SourcePairPriorEstimator.MAX_RATIO * (1 - 1e-12));
        }
        assertThat(priors.lambda("b", "c")).isLessThan(priors.global() / 100);
        assertThat(priors.duplicateFree()).containsExactly("a", "b");
    }

    @Test
    void estimate_tinySourcePairWithoutCandidates_staysNearGlobal() {
        Map<String, Long> sizes = new LinkedHashMap<>();
        sizes.put("big", 100_000L);
        sizes.put("tiny", 3L);
        SourcePairPriorEstimator estimator = new SourcePairPriorEstimator(1e-5, sizes);

        SourcePairPriors priors = estimator.estimate();

        assertThat(priors.lambda("tiny", "tiny")).isCloseTo(1e-5, within(1e-7));
        assertThat(priors.lambda("unknown", "big")).as("unknown pair: global").isEqualTo(1e-5);
    }

    @Test
    void withPrior_perSourcePairPrior_partsStillSumToTotal() {
        SourcePairPriors priors = simulated();
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 200; i++) {
            int[] vector = {random.nextInt(4) - 1, random.nextInt(4) - 1, random.nextInt(3) - 1};
            WeightExplanation global = FellegiSunterModelTest.MODEL.explain(vector, null);

            WeightExplanation explained = global.withPrior(priors.prior("a", "c"));

            assertThat(explained.prior()).isEqualTo(priors.prior("a", "c"));
            assertThat(explained.sumOfParts()).isCloseTo(explained.total(), within(1e-9));
            assertThat(explained.total() - global.total())
                    .isCloseTo(priors.prior("a", "c") - FellegiSunterModelTest.MODEL.prior(), within(1e-9));
        }
    }
}
