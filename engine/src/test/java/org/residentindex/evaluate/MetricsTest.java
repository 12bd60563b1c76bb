package org.residentindex.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.residentindex.cluster.RecordKey;

class MetricsTest {

    private static RecordKey key(int i) {
        return new RecordKey(i % 2 == 0 ? "a" : "b", "r" + i);
    }

    @Test
    void pairwise_randomSmallInputs_equalsBruteForceEnumeration() {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(30);
            Map<RecordKey, String> predicted = new LinkedHashMap<>();
            Map<RecordKey, String> truth = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                predicted.put(key(i), "p" + random.nextInt(1 + n / 3));
                truth.put(key(i), "t" + random.nextInt(1 + n / 3));
            }
            long tp = 0;
            long fp = 0;
            long fn = 0;
            double bp = 0;
            double br = 0;
            List<RecordKey> keys = List.copyOf(predicted.keySet());
            for (RecordKey x : keys) {
                long samePred = 0;
                long sameTrue = 0;
                long both = 0;
                for (RecordKey y : keys) {
                    boolean p = predicted.get(x).equals(predicted.get(y));
                    boolean t = truth.get(x).equals(truth.get(y));
                    samePred += p ? 1 : 0;
                    sameTrue += t ? 1 : 0;
                    both += p && t ? 1 : 0;
                    if (x.compareTo(y) < 0) {
                        tp += p && t ? 1 : 0;
                        fp += p && !t ? 1 : 0;
                        fn += !p && t ? 1 : 0;
                    }
                }
                bp += (double) both / samePred;
                br += (double) both / sameTrue;
            }

            Evaluation e = Evaluation.of(predicted, new TruthSet(truth));

            assertThat(e.pairwise().truePositives()).isEqualTo(tp);
            assertThat(e.pairwise().falsePositives()).isEqualTo(fp);
            assertThat(e.pairwise().falseNegatives()).isEqualTo(fn);
            assertThat(e.bcubed().precision()).isCloseTo(bp / n, within(1e-12));
            assertThat(e.bcubed().recall()).isCloseTo(br / n, within(1e-12));
        }
    }

    @Test
    void evaluation_recordsMissingOnEitherSide_countedNotScored() {
        Map<RecordKey, String> predicted = Map.of(key(1), "x", key(2), "x", key(3), "y");
        Map<RecordKey, String> truth = Map.of(key(1), "t", key(2), "t", key(4), "t");

        Evaluation e = Evaluation.of(predicted, new TruthSet(truth));

        assertThat(e.records()).isEqualTo(2);
        assertThat(e.onlyPredicted()).isEqualTo(1);
        assertThat(e.onlyTruth()).isEqualTo(1);
        assertThat(e.pairwise().f1()).isEqualTo(1.0);
    }

    @Test
    void pairwise_knownExample_givesHandComputedValues() {
        // Truth {1,2,3} {4,5}; prediction {1,2} {3,4,5}: TP = 1 + 1 = 2, predicted pairs 1 + 3, true pairs 3 + 1.
        Map<RecordKey, String> truth = new LinkedHashMap<>();
        Map<RecordKey, String> predicted = new LinkedHashMap<>();
        String[] t = {"A", "A", "A", "B", "B"};
        String[] p = {"x", "x", "y", "y", "y"};
        for (int i = 0; i < 5; i++) {
            truth.put(key(i), t[i]);
            predicted.put(key(i), p[i]);
        }

        Evaluation e = Evaluation.of(predicted, new TruthSet(truth));

        assertThat(e.pairwise().precision()).isEqualTo(0.5);
        assertThat(e.pairwise().recall()).isEqualTo(0.5);
        assertThat(e.pairwise().falsePositives()).isEqualTo(2);
        // B3 precision: (1 + 1 + 1/3 + 2/3 + 2/3) / 5
        assertThat(e.bcubed().precision()).isCloseTo((3 + 2 / 3.0) / 5, within(1e-12));
    }

    @Test
    void linkMetrics_crossSourceOnly_countsOnlyCrossPairsAsTrue() {
        Map<RecordKey, String> truth = new LinkedHashMap<>();
        truth.put(new RecordKey("a", "1"), "e1");
        truth.put(new RecordKey("b", "1"), "e1");
        truth.put(new RecordKey("a", "2"), "e1");
        truth.put(new RecordKey("b", "2"), "e2");
        LinkMetrics cross = new LinkMetrics(new TruthSet(truth), true);
        cross.add(new RecordKey("a", "1"), new RecordKey("b", "1"));
        cross.add(new RecordKey("a", "2"), new RecordKey("b", "2"));
        cross.add(new RecordKey("a", "2"), new RecordKey("zz", "9"));
        LinkMetrics all = new LinkMetrics(new TruthSet(truth), false);
        all.add(new RecordKey("a", "1"), new RecordKey("b", "1"));

        assertThat(cross.metrics().truePositives()).isEqualTo(1);
        assertThat(cross.metrics().falsePositives()).isEqualTo(1);
        assertThat(cross.metrics().falseNegatives()).isEqualTo(1);
        assertThat(cross.unknown()).isEqualTo(1);
        assertThat(all.metrics().recall()).isCloseTo(1 / 3.0, within(1e-12));
    }
}
