package org.residentindex.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.residentindex.block.CandidatePairs;
import org.residentindex.cluster.ScoredPairs;
import org.residentindex.score.MatchThresholds;
import org.residentindex.score.SourcePairPriors;

class OneToOneCompletionTest {

    private static final MatchThresholds THRESHOLDS = new MatchThresholds(0.0, -3.0);

    /** Records 0–2 from source a, 3–5 from source b. */
    private static RecordStore store() {
        RecordStore store = new RecordStore();
        for (int i = 0; i < 6; i++) {
            store.add(i < 3 ? "a" : "b", "r" + i, Map.of("surname", "x"));
        }
        store.freeze();
        return store;
    }

    private static CandidatePairs candidates(int[][] pairs) {
        long[] codes = new long[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            codes[i] = CandidatePairs.encode(pairs[i][0], pairs[i][1]);
        }
        return new CandidatePairs(6, codes, List.of());
    }

    private static ScoredPairs complete(Set<String> duplicateFree) {
        // 0–3 review, mutual best; 1–4 review but 1's best is 5 (a link); 2–5 review, but 5's best is 1
        CandidatePairs candidates = candidates(new int[][] {{0, 3}, {1, 4}, {1, 5}, {2, 5}});
        double[] weights = {-1.0, -2.0, 4.0, -0.5};
        ScoredPairs links = new ScoredPairs();
        OneToOneCompletion.complete(store(), candidates, weights, THRESHOLDS,
                new SourcePairPriors(0.01, Map.of(), duplicateFree), links);
        return links;
    }

    @Test
    void complete_mutualBestReviewPairOfDuplicateFreeSources_linked() {
        ScoredPairs links = complete(Set.of("a", "b"));

        assertThat(links.size()).isEqualTo(1);
        assertThat(List.of(links.left(0), links.right(0), (int) links.weight(0))).containsExactly(0, 3, -1);
    }

    @Test
    void complete_oneSourceHoldsDuplicates_nothingAdded() {
        assertThat(complete(Set.of("a")).size()).isZero();
    }
}
