package org.residentindex.score;

import java.util.List;

/**
 * The breakdown of one pair's match weight, in the manner of a Splink waterfall chart: the prior term plus one
 * {@link Contribution} per field. Contract: {@code prior + Σ contribution.total() == total} (to rounding), which
 * {@code FellegiSunterModelTest} proves.
 *
 * @param prior         log2(λ / (1 − λ)), the weight before any evidence
 * @param contributions one entry per field, in the model's field order
 * @param total         the match weight the model returns for the pair
 */
public record WeightExplanation(double prior, List<Contribution> contributions, double total) {

    public WeightExplanation {
        contributions = List.copyOf(contributions);
    }

    /** Sum of the parts, recomputed: equals {@link #total()} up to floating-point rounding. */
    public double sumOfParts() {
        double sum = prior;
        for (Contribution c : contributions) {
            sum += c.total();
        }
        return sum;
    }

    /**
     * The same explanation under another prior term (e.g. that of the pair's sources, see
     * {@link SourcePairPriors}): the total moves by the difference, so the parts still sum to it.
     */
    public WeightExplanation withPrior(double newPrior) {
        return new WeightExplanation(newPrior, contributions, total - prior + newPrior);
    }

    /** The match probability implied by the total weight. */
    public double probability() {
        return MatchModel.probabilityOf(total);
    }
}
