package org.residentindex.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.residentindex.compare.AddressComparator;
import org.residentindex.score.ComparisonSpec;

class ComparisonPlanTest {

    private static Map<String, String> record(String given, String surname, String address) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("given_name", given);
        v.put("surname", surname);
        v.put("address", address);
        return v;
    }

    private static int[] compare(Map<String, String> a, Map<String, String> b) {
        RecordStore store = new RecordStore();
        store.add("s", "1", a);
        store.add("s", "2", b);
        store.freeze();
        ComparisonPlan plan = new ComparisonPlan(store, List.of("given_name", "surname", "address",
                ComparisonPlan.SURNAME_AT_ADDRESS));
        int[] v = new int[plan.fieldCount()];
        plan.compare(0, 1, v, plan.newCaches());
        return v;
    }

    @Test
    void compare_sameAddress_surnameMovesToTheInteractionField() {
        String home = AddressComparator.encode(null, "14", "bryn|road", null, "SA31 1AB");
        int[] v = compare(record("cerys", "jones|JNS", home), record("thomas", "jones|JNS", home));
        // given name "else" is level 5 (after "initial")
        assertThat(v).containsExactly(5, ComparisonSpec.NULL_LEVEL, 0, 0);
    }

    @Test
    void compare_givenAndSurnameSwapped_comparedAcross() {
        int[] v = compare(record("wayne", "ellis|ALS", null), record("ellis", "wayne|WN", null));
        assertThat(v).containsExactly(0, 0, ComparisonSpec.NULL_LEVEL, ComparisonSpec.NULL_LEVEL);
    }

    @Test
    void compare_swappedWithOneGivenNameMissing_surnameMeetsTheOtherGivenName() {
        int[] v = compare(record(null, "ellis|ALS", null), record("ellis", "wayne|WN", null));
        assertThat(v).containsExactly(ComparisonSpec.NULL_LEVEL, 0, ComparisonSpec.NULL_LEVEL,
                ComparisonSpec.NULL_LEVEL);
    }

    @Test
    void compare_differentPeopleNotSwapped_staysElse() {
        int[] v = compare(record("wayne", "ellis|ALS", null), record("mair", "owen|AN", null));
        assertThat(v).containsExactly(5, 4, ComparisonSpec.NULL_LEVEL, ComparisonSpec.NULL_LEVEL);
    }

    @Test
    void compare_otherAddress_surnameStaysAndInteractionIsNull() {
        int[] v = compare(record("cerys", "jones|JNS", AddressComparator.encode(null, "14", "bryn|road", null, null)),
                record("cerys", "jones|JNS", AddressComparator.encode(null, "3", "heol awst", null, null)));
        assertThat(v).containsExactly(0, 0, 4, ComparisonSpec.NULL_LEVEL);
    }

    @Test
    void compare_missingValue_isNullLevel() {
        int[] v = compare(record(null, "jones|JNS", null), record("cerys", "jones|JNS", null));
        assertThat(v[0]).isEqualTo(ComparisonSpec.NULL_LEVEL);
        assertThat(v[2]).isEqualTo(ComparisonSpec.NULL_LEVEL);
    }

    @Test
    void computeReusing_pairsPartlyKnown_sameVectorsAsComputing() {
        RecordStore store = new RecordStore();
        String[] given = {"cerys", "carys", "thomas", "tomos", "cerys", "dafydd"};
        String[] surname = {"jones|JNS", "jones|JNS", "evans|AFNS", "evans|AFNS", "jonas|JNS", "jones|JNS"};
        for (int i = 0; i < given.length; i++) {
            store.add("s", Integer.toString(i), record(given[i], surname[i], null));
        }
        store.freeze();
        ComparisonPlan plan = new ComparisonPlan(store, List.of("given_name", "surname"));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            org.residentindex.block.CandidatePairs known = pairs(store.size(), 0, 1, 0, 4, 2, 3, 1, 5);
            org.residentindex.block.CandidatePairs wanted = pairs(store.size(), 0, 1, 0, 5, 2, 3, 3, 4);
            long[] knownCodes = PairVectors.compute(pool, 3, plan, known);
            long[] reused = PairVectors.computeReusing(pool, 3, plan, wanted, known, knownCodes);
            assertThat(reused).containsExactly(PairVectors.compute(pool, 1, plan, wanted));
            assertThat(reused[0]).isEqualTo(knownCodes[0]);
        } finally {
            pool.shutdownNow();
        }
    }

    private static org.residentindex.block.CandidatePairs pairs(int records, int... ordinals) {
        long[] encoded = new long[ordinals.length / 2];
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = org.residentindex.block.CandidatePairs.encode(ordinals[2 * i], ordinals[2 * i + 1]);
        }
        java.util.Arrays.sort(encoded);
        return new org.residentindex.block.CandidatePairs(records, encoded, List.of());
    }

    @Test
    void pack_anyVector_unpacksToTheSame() {
        int[] vector = {-1, 0, 4, 2, -1, 3, 1};
        int[] back = new int[vector.length];
        PairVectors.unpack(PairVectors.pack(vector), back);
        assertThat(back).containsExactly(vector);
    }

    @Test
    void identifierLike_uniqueValuesHeldByMost_isIdentifier_lowCardinality_isNot() {
        RecordStore store = new RecordStore();
        for (int i = 0; i < 100; i++) {
            store.add("s", Integer.toString(i), Map.of("other.ssn", "n" + i, "other.state", "s" + (i % 5)));
        }
        store.freeze();
        assertThat(LinkDefaults.identifierLike(store.column("other.ssn"), 100)).isTrue();
        assertThat(LinkDefaults.identifierLike(store.column("other.state"), 100)).isFalse();
    }
}
