package org.residentindex.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifierVariantsTest {

    private static CandidatePairs none(int records) {
        return new CandidatePairs(records, new long[0], List.of());
    }

    private static CandidatePairs extend(String... values) {
        return IdentifierVariants.defaults().extend(none(values.length), "ni_number", r -> values[r]);
    }

    @Test
    void extend_oneSubstitutionDeletionOrTransposition_becomesCandidate() {
        CandidatePairs c = extend("AB123456C", "AB123756C", "AB12356C", "AB124356C", "ZZ999999Z");

        List<Long> pairs = Arrays.stream(c.pairs()).boxed().toList();
        assertThat(pairs).contains(CandidatePairs.encode(0, 1), CandidatePairs.encode(0, 2),
                CandidatePairs.encode(0, 3));
        assertThat(pairs).noneMatch(p -> (int) (long) p == 4);
        assertThat(c.rules()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo("ni_number~1");
            assertThat(r.pairs()).isEqualTo(pairs.size());
        });
    }

    @Test
    void extend_twoSubstitutions_notACandidate() {
        assertThat(extend("12345678", "12345699").size()).isZero();
    }

    @Test
    void extend_shortOrMissingValues_ignored() {
        assertThat(extend("12345", "12346", null, null).size()).isZero();
    }

    @Test
    void extend_existingPairs_keptSortedAndDistinct() {
        CandidatePairs base = new CandidatePairs(4, new long[] {CandidatePairs.encode(0, 1),
            CandidatePairs.encode(2, 3)}, List.of(new RuleReport("r", 2, 2, 0, 0)));
        String[] values = {"AB123456C", "AB123456D", "XY000000A", "AB123456C"};

        CandidatePairs c = IdentifierVariants.defaults().extend(base, "ni_number", r -> values[r]);

        long[] expected = {CandidatePairs.encode(0, 1), CandidatePairs.encode(0, 3), CandidatePairs.encode(1, 3),
            CandidatePairs.encode(2, 3)};
        assertThat(c.pairs()).containsExactly(expected);
        assertThat(c.rules()).hasSize(2);
        assertThat(c.rules().get(1).pairs()).isEqualTo(2);
    }

    @Test
    void extend_oversizeBlock_skippedAndCounted() {
        String[] values = new String[12];
        Arrays.fill(values, "AB123456C");

        CandidatePairs c = IdentifierVariants.defaults().extend(none(values.length), "ni_number", r -> values[r]);

        assertThat(c.size()).isZero();
        assertThat(c.rules().get(0).skippedBlocks()).isPositive();
        assertThat(c.rules().get(0).skippedPairs()).isEqualTo(c.rules().get(0).skippedBlocks() * 66);
    }
}
