package org.residentindex.score;

import java.util.List;
import java.util.SplittableRandom;
import org.residentindex.ResidentIndexException;

/**
 * Estimates u probabilities — P(level | non-match) — from the comparison vectors of randomly drawn record pairs.
 * Almost every random pair is a non-match (with n records and about n entities, a random pair matches with
 * probability ~1/n), so their level frequencies are the u probabilities.
 *
 * <p>Laplace smoothing: {@code u[f][l] = (count[f][l] + 1) / (nonNull[f] + levels[f])}, so a level never seen in
 * the sample keeps a small positive u (and a finite weight). Null levels are not counted.
 */
public final class UEstimator {

    /** Draws the comparison vector of one random record pair; supplied by the pipeline, which owns the records. */
    @FunctionalInterface
    public interface PairSampler {
        /** The vector of one uniformly drawn pair of distinct records, using only {@code random} for choices. */
        int[] sample(SplittableRandom random);
    }

    private UEstimator() {
    }

    /** Draws {@code sampleSize} pairs with a generator seeded by {@code seed} and estimates u from them. */
    public static double[][] estimate(List<ComparisonSpec> comparisons, PairSampler sampler, int sampleSize,
            long seed) {
        if (sampleSize <= 0) {
            throw new ResidentIndexException("The u sample size must be positive");
        }
        SplittableRandom random = new SplittableRandom(seed);
        PatternCounts counts = new PatternCounts(comparisons);
        for (int i = 0; i < sampleSize; i++) {
            counts.add(sampler.sample(random));
        }
        return estimate(counts);
    }

    /** Estimates u from already counted vectors of (presumed) non-matching pairs. */
    public static double[][] estimate(PatternCounts nonMatches) {
        List<ComparisonSpec> comparisons = nonMatches.comparisons();
        double[][] levelCounts = new double[comparisons.size()][];
        for (int f = 0; f < levelCounts.length; f++) {
            levelCounts[f] = new double[comparisons.get(f).levelCount()];
        }
        for (int p = 0; p < nonMatches.size(); p++) {
            int[] vector = nonMatches.pattern(p);
            long count = nonMatches.count(p);
            for (int f = 0; f < vector.length; f++) {
                if (vector[f] != ComparisonSpec.NULL_LEVEL) {
                    levelCounts[f][vector[f]] += count;
                }
            }
        }
        double[][] u = new double[levelCounts.length][];
        for (int f = 0; f < u.length; f++) {
            double nonNull = 0;
            for (double c : levelCounts[f]) {
                nonNull += c;
            }
            u[f] = new double[levelCounts[f].length];
            for (int l = 0; l < u[f].length; l++) {
                u[f][l] = (levelCounts[f][l] + 1.0) / (nonNull + u[f].length);
            }
        }
        return u;
    }
}
