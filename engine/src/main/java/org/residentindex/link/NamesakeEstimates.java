package org.residentindex.link;

import java.util.List;
import org.residentindex.score.ComparisonSpec;
import org.residentindex.score.PatternCounts;
import org.residentindex.score.UEstimator;

/**
 * u and m of the middle names from pairs that share a given name and surname.
 *
 * <p>u comes from namesakes and is set before EM, so that EM and scoring see the same u. Middle names are drawn from
 * the same pool as given names and follow the same fashions of sex and birth year, so two different people who
 * share a given name and surname share a middle name far more often than two random people do: u(exact) from random
 * pairs was 0.007 on the generated county, among namesakes 0.033. With the random-pair u an equal middle name added
 * some 7 bits to exactly the pairs it should help tell apart, and linked namesakes at different addresses whose
 * dates of birth were missing (electoral register re-registrations: 38 new false pairs against 24 removed). Here u is
 * the level shares over the candidate pairs that agree exactly on given name and surname (or surname at one address)
 * but whose dates of birth, both present, disagree — namesakes, nearly all different people (the few true pairs
 * with a mistyped date there were measured not to matter: weighting each pair by 1 − g, as
 * {@link TrainedModel#householdU} does, changed u(exact) from 0.033 to 0.026 and the links by three pairs).
 * Laplace-smoothed as in {@link UEstimator}; the random-pair u is kept when no pair qualifies.
 *
 * <p>m comes, after EM, from the pairs that agree on the full date of birth as well ({@link #anchoredM}).
 */
final class NamesakeEstimates {

    /** The fields whose u is taken from namesakes. */
    static final List<String> FIELDS = List.of("middle_names");

    private NamesakeEstimates() {
    }

    /**
     * {@code u} with the namesake u of each of {@link #FIELDS} the plan compares: level shares over the candidate pairs
     * ({@code codes}) that are {@link #namesakes}, Laplace-smoothed as in {@link org.residentindex.score.UEstimator};
     * unchanged for a field no such pair holds.
     */
    static double[][] apply(ComparisonPlan plan, long[] codes, double[][] u) {
        int given = plan.indexOf("given_name");
        int surname = plan.indexOf("surname");
        int dob = plan.indexOf("date_of_birth");
        double[][] out = u.clone();
        for (String field : FIELDS) {
            int f = plan.indexOf(field);
            if (f >= 0 && given >= 0 && surname >= 0 && dob >= 0) {
                PatternCounts sample = namesakes(plan, codes, f);
                if (sample.total() > 0) {
                    out[f] = UEstimator.estimate(sample)[f];
                }
            }
        }
        return out;
    }

    /**
     * {@code m} with the m of each of {@link #FIELDS} taken from the candidate pairs that agree exactly on given name,
     * surname and full date of birth ({@link #namesakes} with the date equal instead of different): almost surely one
     * person each, Laplace-smoothed. EM's m of a field only some sources hold is learnt from few true pairs and
     * mixed with household namesakes — fathers and sons at one address — and put m(else) at 0.13 on the generated
     * county, where no true pair's middle names disagree; a difference then cost under 3 bits.
     */
    static double[][] anchoredM(ComparisonPlan plan, long[] codes, double[][] m) {
        double[][] out = m.clone();
        for (String field : FIELDS) {
            int f = plan.indexOf(field);
            if (f >= 0 && plan.indexOf("given_name") >= 0 && plan.indexOf("surname") >= 0
                    && plan.indexOf("date_of_birth") >= 0) {
                PatternCounts sample = pairs(plan, codes, f, 0);
                if (sample.total() > 0) {
                    out[f] = UEstimator.estimate(sample)[f];
                }
            }
        }
        return out;
    }

    /** Patterns of the pairs agreeing exactly on given name and surname, dates of birth "else", field f held. */
    private static PatternCounts namesakes(ComparisonPlan plan, long[] codes, int f) {
        int dob = plan.indexOf("date_of_birth");
        return pairs(plan, codes, f, plan.specs().get(dob).levelCount() - 1);
    }

    /** Patterns of the pairs agreeing exactly on given name and surname, dates of birth at level dobLevel. */
    private static PatternCounts pairs(ComparisonPlan plan, long[] codes, int f, int dobLevel) {
        int given = plan.indexOf("given_name");
        int surname = plan.indexOf("surname");
        int atAddress = plan.indexOf(ComparisonPlan.SURNAME_AT_ADDRESS);
        int dob = plan.indexOf("date_of_birth");
        PatternCounts sample = new PatternCounts(plan.specs());
        int[] v = new int[plan.fieldCount()];
        for (long code : codes) {
            PairVectors.unpack(code, v);
            boolean sameSurname = v[surname] == 0 || atAddress >= 0 && v[atAddress] == 0;
            if (v[given] == 0 && sameSurname && v[dob] == dobLevel && v[f] != ComparisonSpec.NULL_LEVEL) {
                sample.add(v);
            }
        }
        return sample;
    }
}
