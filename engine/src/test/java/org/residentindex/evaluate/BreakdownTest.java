package org.residentindex.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.residentindex.cluster.RecordKey;

class BreakdownTest {

    private static final List<String> SOURCES = List.of("council_tax", "electoral", "schools");

    @Test
    void sourceBreakdown_randomInputs_equalsBruteForceOverPairsTouchingEachSource() {
        SplittableRandom random = new SplittableRandom(5);
        for (int trial = 0; trial < 150; trial++) {
            int n = 2 + random.nextInt(25);
            Map<RecordKey, String> predicted = new LinkedHashMap<>();
            Map<RecordKey, String> truth = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                RecordKey key = new RecordKey(SOURCES.get(random.nextInt(SOURCES.size())), "r" + i);
                predicted.put(key, "p" + random.nextInt(1 + n / 3));
                truth.put(key, "t" + random.nextInt(1 + n / 3));
            }

            SourceBreakdown breakdown = SourceBreakdown.of(predicted, new TruthSet(truth));

            List<RecordKey> keys = new ArrayList<>(predicted.keySet());
            for (String source : breakdown.bySource().keySet()) {
                long tp = 0;
                long fp = 0;
                long fn = 0;
                for (int x = 0; x < keys.size(); x++) {
                    for (int y = x + 1; y < keys.size(); y++) {
                        RecordKey a = keys.get(x);
                        RecordKey b = keys.get(y);
                        if (!a.source().equals(source) && !b.source().equals(source)) {
                            continue;
                        }
                        boolean p = predicted.get(a).equals(predicted.get(b));
                        boolean t = truth.get(a).equals(truth.get(b));
                        tp += p && t ? 1 : 0;
                        fp += p && !t ? 1 : 0;
                        fn += !p && t ? 1 : 0;
                    }
                }
                PairwiseMetrics m = breakdown.bySource().get(source);
                assertThat(new long[] {m.truePositives(), m.falsePositives(), m.falseNegatives()})
                        .as("trial %d source %s", trial, source).containsExactly(tp, fp, fn);
            }
        }
    }

    @Test
    void sourceBreakdown_recordsUnknownToTruth_areLeftOut() {
        Map<RecordKey, String> predicted = Map.of(new RecordKey("a", "1"), "P", new RecordKey("a", "2"), "P",
                new RecordKey("b", "3"), "P");
        TruthSet truth = new TruthSet(Map.of(new RecordKey("a", "1"), "T", new RecordKey("a", "2"), "T"));

        SourceBreakdown breakdown = SourceBreakdown.of(predicted, truth);

        assertThat(breakdown.bySource()).containsOnlyKeys("a");
        assertThat(breakdown.bySource().get("a").truePositives()).isEqualTo(1);
        assertThat(breakdown.bySource().get("a").falsePositives()).isZero();
    }

    @Test
    void pairCompleteness_candidatesMissingOneTruePair_countsAndListsIt() {
        List<RecordKey> keys = List.of(new RecordKey("a", "1"), new RecordKey("b", "1"), new RecordKey("b", "2"),
                new RecordKey("a", "2"), new RecordKey("a", "3"));
        // entities: {0, 1, 2} and {3, 4}; record 4 unknown to the truth below is left out
        TruthSet truth = new TruthSet(Map.of(keys.get(0), "E1", keys.get(1), "E1", keys.get(2), "E1",
                keys.get(3), "E2"));
        long[] candidates = {0L << 32 | 1, 0L << 32 | 2, 3L << 32 | 4};

        PairCompleteness c = PairCompleteness.of(candidates, keys.size(), keys::get, truth);

        assertThat(c.truePairs()).isEqualTo(3);
        assertThat(c.found()).isEqualTo(2);
        assertThat(c.completeness()).isEqualTo(2.0 / 3.0);
        assertThat(c.missed()).hasSize(1);
        assertThat(c.missed().get(0)).containsExactly(1, 2);
    }

    @Test
    void pairCompleteness_noTruePairs_isOne() {
        List<RecordKey> keys = List.of(new RecordKey("a", "1"), new RecordKey("a", "2"));
        TruthSet truth = new TruthSet(Map.of(keys.get(0), "E1", keys.get(1), "E2"));

        PairCompleteness c = PairCompleteness.of(new long[0], 2, keys::get, truth);

        assertThat(c.truePairs()).isZero();
        assertThat(c.completeness()).isEqualTo(1.0);
    }
}
