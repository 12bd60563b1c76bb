package org.residentindex.link;

import org.residentindex.score.ComparisonSpec;
import org.residentindex.score.FellegiSunterModel;
import org.residentindex.score.PatternCounts;

/**
 * u of the middle names among namesakes. Middle names are drawn from the same pool as given names and follow the same
 * fashions of sex and birth year, so two different people who share a given name and surname share a middle name far
 * more often than two random people do; with u from random pairs (about 0.007 on the generated county) an equal
 * middle name added some 7 bits to exactly those pairs, and linked namesakes at different addresses whose dates of
 * birth were missing. Here u comes from the candidate pairs that agree exactly on given name and surname (or surname
 * at one address) but whose dates of birth both present disagree — namesakes, mostly different people — counted, as in
 * {@link TrainedModel#householdU}, with weight 1 − g (g the pair's match probability), repeated until u settles, so
 * true pairs with a mistyped date count little. Laplace smoothing as in {@link org.residentindex.score.UEstimator};
 * left as sampled when no pair qualifies or a field is absent.
 */
final class NamesakeU {

    /** The field whose u is taken from namesakes. */
    static final String FIELD = "middle_names";

    private NamesakeU() {
    }

    /** {@code model} with the namesake u of {@link #FIELD}; the model itself when it cannot be estimated. */
    static FellegiSunterModel apply(ComparisonPlan plan, long[] codes, FellegiSunterModel model) {
        int middle = plan.indexOf(FIELD);
        int given = plan.indexOf("given_name");
        int surname = plan.indexOf("surname");
        int atAddress = plan.indexOf(ComparisonPlan.SURNAME_AT_ADDRESS);
        int dob = plan.indexOf("date_of_birth");
        if (middle < 0 || given < 0 || surname < 0 || dob < 0) {
            return model;
        }
        int dobElse = plan.specs().get(dob).levelCount() - 1;
        PatternCounts sample = new PatternCounts(plan.specs());
        int[] v = new int[plan.fieldCount()];
        for (long code : codes) {
            PairVectors.unpack(code, v);
            boolean sameSurname = v[surname] == 0 || atAddress >= 0 && v[atAddress] == 0;
            if (v[given] == 0 && sameSurname && v[dob] == dobElse && v[middle] != ComparisonSpec.NULL_LEVEL) {
                sample.add(v);
            }
        }
        double[][] u = model.u();
        for (int iteration = 0; iteration < TrainedModel.MAX_EM_ITERATIONS && sample.total() > 0; iteration++) {
            double[] next = TrainedModel.nonMatchLevels(sample, new FellegiSunterModel(model.comparisons(), model.m(), u,
                    model.lambda()), middle);
            double change = 0;
            for (int l = 0; l < next.length; l++) {
                change = Math.max(change, Math.abs(next[l] - u[middle][l]));
            }
            u[middle] = next;
            if (change < 1e-6) {
                break;
            }
        }
        return new FellegiSunterModel(model.comparisons(), model.m(), u, model.lambda());
    }
}
