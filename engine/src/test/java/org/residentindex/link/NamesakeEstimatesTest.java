package org.residentindex.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class NamesakeEstimatesTest {

    private static final List<String> FIELDS = List.of("given_name", "surname", "date_of_birth", "middle_names");

    private final RecordStore store = store();
    private final ComparisonPlan plan = new ComparisonPlan(store, FIELDS);

    private static RecordStore store() {
        RecordStore s = new RecordStore();
        s.add("s", "1", record("1970-01-01", "ryan"));
        s.add("s", "2", record("1999-05-05", "ryan"));
        s.add("s", "3", record("1999-05-05", "cai"));
        s.add("s", "4", record(null, "ryan"));
        s.add("s", "5", record("1999-05-05", "ryan"));
        s.freeze();
        return s;
    }

    private static Map<String, String> record(String dob, String middle) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("given_name", "elis");
        v.put("surname", "ashley|AXL");
        v.put("date_of_birth", dob == null ? null : dob.replace("-", ""));
        v.put("middle_names", middle);
        return v;
    }

    private long[] codes(int[]... pairs) {
        List<Long> codes = new ArrayList<>();
        int[] v = new int[plan.fieldCount()];
        for (int[] p : pairs) {
            plan.compare(p[0], p[1], v, plan.newCaches());
            codes.add(PairVectors.pack(v));
        }
        return codes.stream().mapToLong(Long::longValue).toArray();
    }

    @Test
    void apply_namesakesWithOtherDates_uIsTheirLevelShares() {
        double[][] random = {{0.5, 0.5}, {0.5, 0.5}, {0.5, 0.5}, {0.007, 0.004, 0.001, 0.988}};
        // pairs 1–2 (exact middle) and 1–3 (else) are namesakes; 2–3 share the date, 2–4 lack one: not sampled
        double[][] u = NamesakeEstimates.apply(plan, codes(new int[] {0, 1}, new int[] {0, 2}, new int[] {1, 2},
                new int[] {1, 3}), random);
        int middle = plan.indexOf("middle_names");
        // Laplace: (1 + 1) / (2 + 4) for exact and else, 1 / 6 for the levels never seen
        assertThat(u[middle]).containsExactly(new double[] {2.0 / 6, 1.0 / 6, 1.0 / 6, 2.0 / 6}, Offset.offset(1e-12));
        assertThat(u[plan.indexOf("given_name")]).containsExactly(0.5, 0.5);
        assertThat(random[middle][0]).isEqualTo(0.007);
    }

    @Test
    void apply_noNamesakes_randomPairUKept() {
        double[][] random = {{0.5, 0.5}, {0.5, 0.5}, {0.5, 0.5}, {0.007, 0.004, 0.001, 0.988}};
        double[][] u = NamesakeEstimates.apply(plan, codes(new int[] {1, 2}, new int[] {1, 3}), random);
        assertThat(u[plan.indexOf("middle_names")]).containsExactly(0.007, 0.004, 0.001, 0.988);
        assertThat(plan.specs().get(plan.indexOf("middle_names")).levelCount()).isEqualTo(4);
    }

    @Test
    void anchoredM_sameNameAndDate_mIsTheirLevelShares() {
        double[][] em = {{0.5, 0.5}, {0.5, 0.5}, {0.5, 0.5}, {0.8, 0.05, 0.02, 0.13}};
        // 2–5 agree on name and full date (middle names exact), 3–5 too (else); 1–2 differ on the date
        double[][] m = NamesakeEstimates.anchoredM(plan, codes(new int[] {1, 4}, new int[] {2, 4},
                new int[] {0, 1}), em);
        assertThat(m[plan.indexOf("middle_names")])
                .containsExactly(new double[] {2.0 / 6, 1.0 / 6, 1.0 / 6, 2.0 / 6}, Offset.offset(1e-12));
        assertThat(em[plan.indexOf("middle_names")][3]).isEqualTo(0.13);
    }
}
