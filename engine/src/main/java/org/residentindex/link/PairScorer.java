package org.residentindex.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.residentindex.score.FellegiSunterModel;
import org.residentindex.score.SavedModel;
import org.residentindex.score.TermFrequencies;
import org.residentindex.score.WeightExplanation;

/**
 * A hook for incremental linking: scores one record against a list of candidates with a saved model exactly as a
 * batch run scores a pair — the same {@link ComparisonPlan} (comparators, the surname-at-address interaction),
 * the saved term frequencies and the prior of each pair's own sources — so a live add and {@code rix explain}
 * agree with {@code links.csv}. Immutable and thread-safe.
 */
public final class PairScorer {

    /** One candidate: its source and comparable values (field → value, as {@link RecordFields} gives them). */
    public record Candidate(String source, Map<String, String> values) {
    }

    private final SavedModel saved;
    private final List<String> fields;

    public PairScorer(SavedModel saved) {
        this.saved = saved;
        this.fields = TrainedModel.fieldNames(saved.model().comparisons());
    }

    /** The comparison fields, in model order. */
    public List<String> fields() {
        return fields;
    }

    /**
     * The explanation (whose total is the match weight) of the probe against each candidate, in candidate order.
     * {@code probeSource} may be a source the model does not know (a query): its pairs get the global prior.
     */
    public List<WeightExplanation> score(String probeSource, Map<String, String> probe, List<Candidate> candidates) {
        List<WeightExplanation> out = new ArrayList<>(candidates.size());
        if (candidates.isEmpty()) {
            return out;
        }
        RecordStore store = new RecordStore();
        store.add(probeSource, "\u0000probe", probe);
        for (int i = 0; i < candidates.size(); i++) {
            store.add(candidates.get(i).source(), Integer.toString(i), candidates.get(i).values());
        }
        store.freeze();
        ComparisonPlan plan = new ComparisonPlan(store, fields);
        FellegiSunterModel model = saved.model();
        TermFrequencies tf = saved.termFrequencies();
        int[] vector = new int[fields.size()];
        double[] freq = new double[fields.size()];
        // no level caches: they are sized for a run's millions of pairs (megabytes each), and a probe's few
        // hundred pairs share no value pairs worth caching
        var caches = new org.residentindex.compare.LevelCache[fields.size()];
        for (int i = 0; i < candidates.size(); i++) {
            plan.compare(0, i + 1, vector, caches);
            for (int f = 0; f < fields.size(); f++) {
                freq[f] = Double.NaN;
                String field = fields.get(f);
                if (tf != null && vector[f] == 0 && TermFrequencyColumns.FIELDS.contains(field)) {
                    freq[f] = tf.frequency(field, plan.comparator(f).termOf(probe.get(field)));
                }
            }
            out.add(model.explain(vector, freq).withPrior(saved.priors().prior(probeSource,
                    candidates.get(i).source())));
        }
        return out;
    }
}
