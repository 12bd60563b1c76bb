package org.residentindex.link;

import java.util.List;
import java.util.Map;
import org.residentindex.score.FellegiSunterModel;
import org.residentindex.score.SavedModel;
import org.residentindex.score.TermFrequencies;
import org.residentindex.score.WeightExplanation;

/**
 * Recomputes one pair's comparison vector from stored values and explains its weight with a saved model — the
 * same comparators, the same term frequencies, hence the same weight {@code links.csv} shows.
 */
public final class PairExplainer {

    private PairExplainer() {
    }

    /**
     * The explanation of the pair (left, right) from sources {@code leftSource} and {@code rightSource}, given their
     * stored values (field → value): its prior is that of the two sources ({@link SavedModel#priors()}).
     */
    public static WeightExplanation explain(SavedModel saved, String leftSource, Map<String, String> left,
            String rightSource, Map<String, String> right) {
        return explain(saved, left, right).withPrior(saved.priors().prior(leftSource, rightSource));
    }

    /** The explanation of the pair (left, right) given their stored values (field → value), with the global prior. */
    public static WeightExplanation explain(SavedModel saved, Map<String, String> left, Map<String, String> right) {
        FellegiSunterModel model = saved.model();
        List<String> fields = TrainedModel.fieldNames(model.comparisons());
        RecordStore pair = new RecordStore();
        pair.add("left", "0", left);
        pair.add("right", "1", right);
        pair.freeze();
        ComparisonPlan plan = new ComparisonPlan(pair, fields);
        int[] vector = new int[fields.size()];
        plan.compare(0, 1, vector, plan.newCaches());
        double[] freq = new double[fields.size()];
        TermFrequencies tf = saved.termFrequencies();
        for (int f = 0; f < fields.size(); f++) {
            freq[f] = Double.NaN;
            if (tf != null && vector[f] == 0 && TermFrequencyColumns.FIELDS.contains(fields.get(f))) {
                freq[f] = tf.frequency(fields.get(f), plan.comparator(f).termOf(left.get(fields.get(f))));
            }
        }
        return model.explain(vector, freq);
    }

}
