package org.residentindex.link;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.residentindex.block.CandidatePairs;
import org.residentindex.cluster.ClusterConstraints;
import org.residentindex.score.SourcePairPriorEstimator;
import org.residentindex.score.SourcePairPriors;

/**
 * Puts the prior of each candidate pair's own pair of sources ({@link SourcePairPriors}) in place of the global
 * prior in its match weight. A run trains the priors by {@link SourcePairPriorEstimator} from the weights scored
 * with the global prior; a run with a saved model uses the model's (the global λ for pairs of sources it does not
 * know). A single-source run keeps the global prior: there is only one pair of sources.
 */
final class SourcePairScoring {

    private final RecordStore store;
    private final int[] sourceOf;
    private final List<String> sources;

    SourcePairScoring(RecordStore store) {
        this.store = store;
        this.sources = store.sourceNames();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (String s : sources) {
            index.put(s, index.size());
        }
        this.sourceOf = new int[store.size()];
        for (int i = 0; i < sourceOf.length; i++) {
            sourceOf[i] = index.get(store.source(i));
        }
    }

    /** λ per pair of sources, fitted to {@code weights} (scored with the global prior {@code globalLambda}). */
    SourcePairPriors estimate(CandidatePairs candidates, double[] weights, double globalLambda) {
        if (sources.size() < 2) {
            return SourcePairPriors.uniform(globalLambda);
        }
        Map<String, Long> sizes = new LinkedHashMap<>();
        sources.forEach(s -> sizes.put(s, 0L));
        for (int i = 0; i < sourceOf.length; i++) {
            sizes.merge(sources.get(sourceOf[i]), 1L, Long::sum);
        }
        SourcePairPriorEstimator estimator = new SourcePairPriorEstimator(globalLambda, sizes);
        double globalPrior = SourcePairPriors.priorOf(globalLambda);
        for (int i = 0; i < weights.length; i++) {
            estimator.add(sourceOf[candidates.left(i)], sourceOf[candidates.right(i)], weights[i] - globalPrior);
        }
        return estimator.estimate();
    }

    /** Replaces the global prior {@code globalPrior} in each weight by its pair of sources' prior, in place. */
    void reweigh(CandidatePairs candidates, double[] weights, double globalPrior, SourcePairPriors priors) {
        if (priors.lambdas().isEmpty()) {
            return;
        }
        double[][] prior = new double[sources.size()][sources.size()];
        for (int s = 0; s < sources.size(); s++) {
            for (int t = 0; t < sources.size(); t++) {
                prior[s][t] = priors.prior(sources.get(s), sources.get(t));
            }
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] = weights[i] - globalPrior + prior[sourceOf[candidates.left(i)]][sourceOf[candidates.right(i)]];
        }
    }

    /**
     * Clustering constraints with one one-to-one group per duplicate-free source ({@link
     * SourcePairPriors#duplicateFree}, at most {@value ClusterConstraints#MAX_ONE_TO_ONE_GROUPS}, in name order).
     */
    ClusterConstraints oneToOne(ClusterConstraints constraints, SourcePairPriors priors) {
        if (priors.duplicateFree().isEmpty() || sources.size() < 2) {
            return constraints;
        }
        int[] groupOfSource = new int[sources.size()];
        java.util.Arrays.fill(groupOfSource, -1);
        int next = 0;
        for (String s : priors.duplicateFree()) {
            int index = sources.indexOf(s);
            if (index >= 0 && next < ClusterConstraints.MAX_ONE_TO_ONE_GROUPS) {
                groupOfSource[index] = next++;
            }
        }
        int[] groupOf = new int[sourceOf.length];
        for (int i = 0; i < groupOf.length; i++) {
            groupOf[i] = groupOfSource[sourceOf[i]];
        }
        return constraints.withOneToOneGroups(groupOf);
    }

    /** The prior of records {@code a} and {@code b} (ordinals). */
    double prior(SourcePairPriors priors, int a, int b) {
        return priors.prior(store.source(a), store.source(b));
    }
}
