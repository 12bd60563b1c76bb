package org.residentindex.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ResidentIdAssignerTest {

    private final ResidentIdAssigner assigner = new ResidentIdAssigner();

    private static List<RecordKey> keys(int n) {
        List<RecordKey> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            keys.add(new RecordKey(i % 3 == 0 ? "council_tax" : "electoral", String.format(Locale.ROOT, "%05d", i)));
        }
        return keys;
    }

    private static Map<RecordKey, String> entities(Clustering c, List<RecordKey> keys, IdAssignment ids) {
        Map<RecordKey, String> out = new LinkedHashMap<>();
        for (int i = 0; i < c.recordCount(); i++) {
            out.put(keys.get(i), ids.idOf(c.clusterOf(i)));
        }
        return out;
    }

    @Test
    void assign_rerunWithTenPercentNewRecords_unchangedEntitiesKeepIds() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 500;
        int[] entityOf = new int[550];
        for (int i = 0; i < n; i++) {
            entityOf[i] = random.nextInt(200);
        }
        Clustering run1 = Clustering.fromLabels(java.util.Arrays.copyOf(entityOf, n));
        List<RecordKey> keys1 = keys(n);
        IdAssignment ids1 = assigner.assign(run1, keys1, Map.of(), List.of());
        Map<RecordKey, String> previous = entities(run1, keys1, ids1);
        // 50 new records: half join existing entities, half are new people (labels 1000+).
        for (int i = n; i < 550; i++) {
            entityOf[i] = i % 2 == 0 ? entityOf[random.nextInt(n)] : 1000 + i;
        }
        Clustering run2 = Clustering.fromLabels(entityOf);
        List<RecordKey> keys2 = keys(550);

        IdAssignment ids2 = assigner.assign(run2, keys2, previous, List.of());

        for (int i = 0; i < n; i++) {
            assertThat(ids2.idOf(run2.clusterOf(i))).isEqualTo(previous.get(keys2.get(i)));
        }
        assertThat(ids2.mergedInto()).isEmpty();
        assertThat(ids2.newIds()).hasSize(25).doesNotContainAnyElementsOf(previous.values());
        assertThat(ids1.newIds()).hasSize(run1.clusterCount()).first().isEqualTo("R00000001");
        assertThat(ids2.newIds().get(0)).isEqualTo(String.format(Locale.ROOT, "R%08d", run1.clusterCount() + 1));
    }

    @Test
    void assign_splitAndMerge_followTheRule() {
        List<RecordKey> keys = keys(9);
        Map<RecordKey, String> previous = new HashMap<>();
        String[] before = {"R00000001", "R00000001", "R00000001", "R00000002", "R00000003", "R00000003",
            "R00000004", "R00000004", "R00000004"};
        for (int i = 0; i < 9; i++) {
            previous.put(keys.get(i), before[i]);
        }
        // Split: R1's records {0,1} | {2}. Merge: R2 {3} + R3 {4,5}. R4 unchanged.
        Clustering now = Clustering.fromLabels(new int[] {0, 0, 1, 2, 2, 2, 3, 3, 3});

        IdAssignment ids = assigner.assign(now, keys, previous, List.of("R00000007"));

        assertThat(ids.idOf(now.clusterOf(0))).isEqualTo("R00000001");
        assertThat(ids.idOf(now.clusterOf(2))).isEqualTo("R00000008");
        assertThat(ids.idOf(now.clusterOf(3))).isEqualTo("R00000003");
        assertThat(ids.mergedInto()).containsExactly(Map.entry("R00000002", "R00000003"));
        assertThat(ids.idOf(now.clusterOf(6))).isEqualTo("R00000004");
    }

    @Test
    void assign_tieBetweenPreviousIds_smallestIdWins() {
        List<RecordKey> keys = keys(4);
        Map<RecordKey, String> previous = Map.of(keys.get(0), "R00000009", keys.get(1), "R00000009",
                keys.get(2), "R00000005", keys.get(3), "R00000005");

        IdAssignment ids = assigner.assign(Clustering.fromLabels(new int[] {0, 0, 0, 0}), keys, previous, List.of());

        assertThat(ids.clusterIds()).containsExactly("R00000005");
        assertThat(ids.mergedInto()).containsExactly(Map.entry("R00000009", "R00000005"));
    }

    @Test
    void assign_splitPartHoldingAnotherPreviousId_fallsBackToIt() {
        List<RecordKey> keys = keys(4);
        Map<RecordKey, String> previous = Map.of(keys.get(0), "R00000001", keys.get(1), "R00000001",
                keys.get(2), "R00000001", keys.get(3), "R00000002");

        IdAssignment ids = assigner.assign(Clustering.fromLabels(new int[] {0, 0, 1, 1}), keys, previous, List.of());

        assertThat(ids.clusterIds()).containsExactly("R00000001", "R00000002");
        assertThat(Set.copyOf(ids.newIds())).isEmpty();
    }
}
