package org.residentindex.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class UEstimatorTest {

    private static final List<ComparisonSpec> SPECS = List.of(ComparisonSpec.of("surname", "exact", "fuzzy", "else"));

    @Test
    void estimate_sampledPairs_matchesLevelFrequenciesWithLaplaceSmoothing() {
        // 10% exact, 0% fuzzy, 90% else, 20% missing.
        UEstimator.PairSampler sampler = random -> {
            double x = random.nextDouble();
            return new int[] {x < 0.2 ? -1 : x < 0.28 ? 0 : 2};
        };

        double[][] u = UEstimator.estimate(SPECS, sampler, 100_000, 1L);

        assertThat(u[0][0]).isCloseTo(0.10, within(0.005));
        assertThat(u[0][1]).isGreaterThan(0.0).isLessThan(1e-4);
        assertThat(u[0][0] + u[0][1] + u[0][2]).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void estimate_sameSeed_sameResult() {
        UEstimator.PairSampler sampler = random -> new int[] {random.nextInt(3)};

        assertThat(UEstimator.estimate(SPECS, sampler, 1000, 9L))
                .isDeepEqualTo(UEstimator.estimate(SPECS, sampler, 1000, 9L));
    }
}
