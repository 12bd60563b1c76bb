package org.residentindex.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EmEstimatorTest {

    private static final List<ComparisonSpec> SPECS = List.of(
            ComparisonSpec.of("first_name", "exact", "fuzzy", "else"),
            ComparisonSpec.of("surname", "exact", "fuzzy", "else"),
            ComparisonSpec.of("dob", "exact", "swap", "year", "else"),
            ComparisonSpec.of("postcode", "unit", "sector", "else"));
    private static final double[][] TRUE_M = {
        {0.85, 0.10, 0.05}, {0.80, 0.15, 0.05}, {0.90, 0.04, 0.04, 0.02}, {0.70, 0.20, 0.10}};
    private static final double[][] TRUE_U = {
        {0.02, 0.05, 0.93}, {0.01, 0.04, 0.95}, {0.001, 0.002, 0.05, 0.947}, {0.005, 0.10, 0.895}};
    private static final double TRUE_LAMBDA = 0.15;

    static PatternCounts simulate(long seed, int pairs, double nullRate) {
        SplittableRandom random = new SplittableRandom(seed);
        PatternCounts counts = new PatternCounts(SPECS);
        for (int i = 0; i < pairs; i++) {
            double[][] p = random.nextDouble() < TRUE_LAMBDA ? TRUE_M : TRUE_U;
            int[] vector = new int[SPECS.size()];
            for (int f = 0; f < vector.length; f++) {
                vector[f] = random.nextDouble() < nullRate ? ComparisonSpec.NULL_LEVEL : draw(p[f], random);
            }
            counts.add(vector);
        }
        return counts;
    }

    private static int draw(double[] probabilities, SplittableRandom random) {
        double x = random.nextDouble();
        for (int l = 0; l < probabilities.length - 1; l++) {
            x -= probabilities[l];
            if (x < 0) {
                return l;
            }
        }
        return probabilities.length - 1;
    }

    @Test
    void estimate_simulatedVectors_recoversKnownMAndLambda() {
        PatternCounts patterns = simulate(42, 200_000, 0.05);

        EmEstimator.Result result = EmEstimator.defaults().estimate(patterns, TRUE_U, 0.01);

        assertThat(result.converged()).isTrue();
        double[][] m = result.model().m();
        for (int f = 0; f < TRUE_M.length; f++) {
            for (int l = 0; l < TRUE_M[f].length; l++) {
                assertThat(m[f][l]).as("m[%s][%s]", f, l).isCloseTo(TRUE_M[f][l], within(0.02));
            }
        }
        assertThat(result.model().lambda()).isCloseTo(TRUE_LAMBDA, within(TRUE_LAMBDA * 0.10));
    }

    @Test
    void estimate_sameInput_isDeterministic() {
        EmEstimator.Result a = EmEstimator.defaults().estimate(simulate(7, 20_000, 0.1), TRUE_U, 0.01);
        EmEstimator.Result b = EmEstimator.defaults().estimate(simulate(7, 20_000, 0.1), TRUE_U, 0.01);

        assertThat(a.model().m()).isDeepEqualTo(b.model().m());
        assertThat(a.model().lambda()).isEqualTo(b.model().lambda());
        assertThat(a.iterations()).isEqualTo(b.iterations());
    }

    @Test
    void estimate_keepsUFixed_andMRowsSumToOne() {
        EmEstimator.Result result = EmEstimator.defaults().estimate(simulate(3, 20_000, 0.0), TRUE_U, 0.05);

        assertThat(result.model().u()).isDeepEqualTo(TRUE_U);
        for (double[] row : result.model().m()) {
            double sum = 0;
            for (double p : row) {
                sum += p;
            }
            assertThat(sum).isCloseTo(1.0, within(1e-9));
        }
    }

    @Test
    void startingM_bestLevelNinetyPercent_descending() {
        double[][] m = EmEstimator.startingM(SPECS);

        assertThat(m[2]).containsExactly(new double[] {0.9, 0.05, 0.1 / 30 * 10, 0.1 / 6}, within(1e-12));
        assertThat(m[0][0]).isEqualTo(0.9);
        assertThat(m[0][1]).isGreaterThan(m[0][2]);
    }
}
