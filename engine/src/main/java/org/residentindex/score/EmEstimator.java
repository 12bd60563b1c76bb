package org.residentindex.score;

import java.util.List;
import org.residentindex.ResidentIndexException;

/**
 * Expectation–maximisation for the m probabilities and λ with u held fixed (Splink's approach: u comes from random
 * pairs, where it is well identified; EM then only has to separate matches from the candidate pairs).
 *
 * <p>Runs over {@link PatternCounts}, so an iteration costs O(patterns × fields) whatever the number of pairs.
 * E-step: each pattern's match posterior {@code g = λΠm / (λΠm + (1−λ)Πu)} over its non-null levels. M-step:
 * {@code m[f][l] = Σ count·g·[level = l] / Σ count·g·[level ≠ null]}, {@code λ = Σ count·g / Σ count}. Stops when
 * no m or λ moves by more than the tolerance, or after the iteration cap. Deterministic: a fixed start (see
 * {@link #startingM}) and sums in pattern order.
 *
 * @param maxIterations iteration cap (e.g. 100)
 * @param tolerance     convergence threshold on the largest absolute change of any m or λ (e.g. 1e-6)
 */
public record EmEstimator(int maxIterations, double tolerance) {

    /** What EM found. {@code model} carries the new m and λ with the fixed u. */
    public record Result(FellegiSunterModel model, int iterations, boolean converged) {
    }

    public EmEstimator {
        if (maxIterations < 1 || !(tolerance > 0)) {
            throw new ResidentIndexException("EM needs at least one iteration and a positive tolerance");
        }
    }

    /** 100 iterations, tolerance 1e-6. */
    public static EmEstimator defaults() {
        return new EmEstimator(100, 1e-6);
    }

    /**
     * Starting m: 0.9 on the best level, the remaining 0.1 spread over the other levels in decreasing shares
     * (k−1 : k−2 : … : 1), so fuzzier levels start less likely among matches.
     */
    public static double[][] startingM(List<ComparisonSpec> comparisons) {
        double[][] m = new double[comparisons.size()][];
        for (int f = 0; f < m.length; f++) {
            int k = comparisons.get(f).levelCount();
            m[f] = new double[k];
            m[f][0] = 0.9;
            double shares = (k - 1) * k / 2.0;
            for (int l = 1; l < k; l++) {
                m[f][l] = 0.1 * (k - l) / shares;
            }
        }
        return m;
    }

    /** Runs EM from {@link #startingM} and the given λ. */
    public Result estimate(PatternCounts patterns, double[][] u, double startLambda) {
        return estimate(patterns, new FellegiSunterModel(patterns.comparisons(), startingM(patterns.comparisons()), u,
                startLambda));
    }

    /** Runs EM from the m and λ of {@code start}, keeping its u. */
    public Result estimate(PatternCounts patterns, FellegiSunterModel start) {
        if (patterns.total() == 0) {
            throw new ResidentIndexException("EM needs at least one compared pair");
        }
        int[][] vectors = new int[patterns.size()][];
        double[] counts = new double[patterns.size()];
        for (int p = 0; p < vectors.length; p++) {
            vectors[p] = patterns.pattern(p);
            counts[p] = patterns.count(p);
        }
        double[][] logU = logs(start.u());
        double[][] m = start.m();
        double lambda = start.lambda();
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            double[][] logM = logs(m);
            double[][] matchMass = zerosLike(m);
            double[] fieldMass = new double[m.length];
            double totalMatch = 0;
            double logPriorOdds = Math.log((1 - lambda) / lambda);
            for (int p = 0; p < vectors.length; p++) {
                double g = posterior(vectors[p], logM, logU, logPriorOdds) * counts[p];
                totalMatch += g;
                for (int f = 0; f < m.length; f++) {
                    int level = vectors[p][f];
                    if (level != ComparisonSpec.NULL_LEVEL) {
                        matchMass[f][level] += g;
                        fieldMass[f] += g;
                    }
                }
            }
            double newLambda = clampLambda(totalMatch / patterns.total());
            double change = Math.abs(newLambda - lambda);
            for (int f = 0; f < m.length; f++) {
                for (int l = 0; l < m[f].length; l++) {
                    // A field never observed non-null keeps its previous m: EM has no evidence to move it.
                    double next = fieldMass[f] > 0 ? matchMass[f][l] / fieldMass[f] : m[f][l];
                    change = Math.max(change, Math.abs(next - m[f][l]));
                    m[f][l] = next;
                }
            }
            lambda = newLambda;
            if (change < tolerance) {
                return new Result(new FellegiSunterModel(start.comparisons(), m, start.u(), lambda), iteration, true);
            }
        }
        return new Result(new FellegiSunterModel(start.comparisons(), m, start.u(), lambda), maxIterations, false);
    }

    private static double posterior(int[] vector, double[][] logM, double[][] logU, double logPriorOdds) {
        double logRatio = logPriorOdds;
        for (int f = 0; f < vector.length; f++) {
            int level = vector[f];
            if (level != ComparisonSpec.NULL_LEVEL) {
                logRatio += logU[f][level] - logM[f][level];
            }
        }
        // g = 1 / (1 + (1−λ)Πu / (λΠm)); exp overflow gives g = 0, which is the right limit.
        return 1.0 / (1.0 + Math.exp(logRatio));
    }

    private static double clampLambda(double lambda) {
        double floor = FellegiSunterModel.PROBABILITY_FLOOR;
        return Math.max(floor, Math.min(1 - floor, lambda));
    }

    private static double[][] logs(double[][] p) {
        double[][] out = zerosLike(p);
        for (int f = 0; f < p.length; f++) {
            for (int l = 0; l < p[f].length; l++) {
                out[f][l] = Math.log(Math.max(p[f][l], FellegiSunterModel.PROBABILITY_FLOOR));
            }
        }
        return out;
    }

    private static double[][] zerosLike(double[][] p) {
        double[][] out = new double[p.length][];
        for (int f = 0; f < p.length; f++) {
            out[f] = new double[p[f].length];
        }
        return out;
    }
}
