package org.residentindex.score;

import java.util.List;

/**
 * Turns a comparison vector into a match weight: the log2 of the posterior odds that the pair is a match, i.e.
 * the prior term plus a sum of per-field log2 Bayes factors. Null levels contribute nothing. Implementations are
 * immutable and thread-safe.
 *
 * <p>Term-frequency context: {@code valueFrequencies[f]} is the relative frequency of the value both records share
 * on field {@code f} (see {@link TermFrequencies#frequency}), or {@code NaN} when unknown or not applicable. It
 * is only used when the field's level is 0 (exact agreement); pass {@code null} for no adjustments.
 */
public interface MatchModel {

    /** The fields, in vector order. */
    List<ComparisonSpec> comparisons();

    /** Match weight without term-frequency adjustment. */
    default double weight(int[] vector) {
        return weight(vector, null);
    }

    /** Match weight with term-frequency adjustments for exact agreements (see class comment). */
    double weight(int[] vector, double[] valueFrequencies);

    /** The weight taken apart into prior and per-field contributions that sum to it. */
    WeightExplanation explain(int[] vector, double[] valueFrequencies);

    /** Match probability of a weight: {@code 2^w / (1 + 2^w)}. */
    static double probabilityOf(double weight) {
        double odds = Math.pow(2.0, weight);
        return Double.isInfinite(odds) ? 1.0 : odds / (1.0 + odds);
    }

    /** The weight of a match probability: {@code log2(p / (1 − p))}. */
    static double weightOf(double probability) {
        return Math.log(probability / (1.0 - probability)) / Math.log(2.0);
    }
}
