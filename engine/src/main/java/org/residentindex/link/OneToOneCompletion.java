package org.residentindex.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.residentindex.block.CandidatePairs;
import org.residentindex.cluster.ScoredPairs;
import org.residentindex.score.MatchThresholds;
import org.residentindex.score.SourcePairPriors;

/**
 * One-to-one completion between two duplicate-free sources ({@link SourcePairPriors#duplicateFree}): a review-band
 * pair (a, b) is handed to the clusterer as a link when b is a's best-scoring candidate in b's source and a is
 * b's best in a's. Each record of such a source has at most one match in the other, and each pair's probability
 * is computed as if it stood alone: when a and b are each other's strongest candidate, the rival explanations that
 * probability allows for are weaker pairs the one-to-one rule rules out with them. The clusterer's one-to-one
 * groups still veto the merge when either record's cluster already holds a record of the other's source (it was
 * matched elsewhere). The pair stays in {@code review.csv}: its own weight is below the link threshold.
 *
 * <p>Measured on FEBRL ×10 (two duplicate-free sources), every such review pair was a true match; on the generated
 * county, where no source is duplicate-free, the same rule without that condition was wrong about a third of the
 * time (households), which is why it is limited to duplicate-free pairs of sources.
 */
final class OneToOneCompletion {

    private OneToOneCompletion() {
    }

    /** Adds the completed pairs to {@code links}; returns how many. */
    static int complete(RecordStore store, CandidatePairs candidates, double[] weights, MatchThresholds thresholds,
            SourcePairPriors priors, ScoredPairs links) {
        List<String> sources = new ArrayList<>(priors.duplicateFree());
        sources.retainAll(store.sourceNames());
        if (sources.size() < 2) {
            return 0;
        }
        int[] group = new int[store.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = sources.indexOf(store.source(i));
        }
        double[] bestWeight = new double[store.size()];
        int[] best = new int[store.size()];
        int added = 0;
        for (int s = 0; s < sources.size(); s++) {
            for (int t = s + 1; t < sources.size(); t++) {
                Arrays.fill(bestWeight, Double.NEGATIVE_INFINITY);
                Arrays.fill(best, -1);
                for (int i = 0; i < weights.length; i++) {
                    int a = candidates.left(i);
                    int b = candidates.right(i);
                    if (between(group, a, b, s, t)) {
                        offer(bestWeight, best, a, b, weights[i]);
                        offer(bestWeight, best, b, a, weights[i]);
                    }
                }
                for (int i = 0; i < weights.length; i++) {
                    int a = candidates.left(i);
                    int b = candidates.right(i);
                    if (between(group, a, b, s, t) && thresholds.isReview(weights[i]) && best[a] == b
                            && best[b] == a) {
                        links.add(a, b, weights[i]);
                        added++;
                    }
                }
            }
        }
        return added;
    }

    private static boolean between(int[] group, int a, int b, int s, int t) {
        return group[a] == s && group[b] == t || group[a] == t && group[b] == s;
    }

    /** Keeps the first strongest candidate (candidate order is deterministic). */
    private static void offer(double[] bestWeight, int[] best, int record, int other, double weight) {
        if (weight > bestWeight[record]) {
            bestWeight[record] = weight;
            best[record] = other;
        }
    }
}
