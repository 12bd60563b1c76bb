package org.residentindex.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The union of sources gives what applying each stage by hand gives, pairs and report rows alike. */
class CandidateUnionTest {

    private static final String[] SURNAME = {"jones", "jomes", "smith", "smith", "pritchard", "evans", "price"};
    private static final String[] GIVEN = {"david", "david", "anne", "anne", "gareth", "gareth", "megan"};
    private static final String[] NINO = {"AB123456C", "AB123465C", null, null, "ZZ999999Z", null, "AB123456D"};
    private static final int[] POSTCODE = {1, 2, 3, 3, 4, 5, 6};

    private static final CandidateRecords RECORDS = new CandidateRecords() {
        @Override
        public int size() {
            return SURNAME.length;
        }

        @Override
        public int[] ids(String column) {
            return column.equals("postcode") ? POSTCODE : null;
        }

        @Override
        public String value(String column, int r) {
            switch (column) {
                case "surname":
                    return SURNAME[r];
                case "given":
                    return GIVEN[r];
                case "ni":
                    return NINO[r];
                default:
                    return null;
            }
        }
    };

    @Test
    void candidates_keyRulesVariantsAndFallback_sameAsStagesByHand() {
        CandidateUnion union = new CandidateUnion(List.of(
                new KeyRules(new KeyBlocker(10), List.of(BlockingRule.of("postcode"), BlockingRule.of("absent"))),
                IdentifierVariants.defaults().on("ni"),
                FuzzyFallback.defaults().over("surname", "given", "year")));

        CandidatePairs byUnion = union.candidates(RECORDS);

        CandidatePairs byHand = new KeyBlocker(10).block(SURNAME.length,
                List.of(BlockingRule.of("postcode"), BlockingRule.of("absent")), Map.of("postcode", POSTCODE)::get);
        byHand = IdentifierVariants.defaults().extend(byHand, "ni", r -> NINO[r]);
        byHand = FuzzyFallback.defaults().extend(byHand, new NameColumns(r -> SURNAME[r], r -> GIVEN[r], r -> null));
        assertThat(byUnion.pairs()).containsExactly(byHand.pairs());
        assertThat(byUnion.rules()).isEqualTo(byHand.rules());
        assertThat(byUnion.rules()).extracting(RuleReport::rule)
                .containsExactly("postcode", "absent", "ni~1", FuzzyFallback.RULE);
        // the identifier variants pair 0 and 1 (two digits swapped) besides the fallback
        assertThat(byUnion.pairs()).contains(CandidatePairs.encode(0, 1), CandidatePairs.encode(2, 3));
    }

    @Test
    void keyRules_afterAnotherSource_keepsItsPairsAndRows() {
        CandidateSource first = (records, found) -> new CandidatePairs(records.size(),
                new long[] {CandidatePairs.encode(4, 6)}, List.of(new RuleReport("first", 1, 1, 0, 0)));
        CandidatePairs c = new CandidateUnion(List.of(first,
                new KeyRules(new KeyBlocker(10), List.of(BlockingRule.of("postcode"))))).candidates(RECORDS);
        assertThat(c.pairs()).containsExactly(CandidatePairs.encode(2, 3), CandidatePairs.encode(4, 6));
        assertThat(c.rules()).extracting(RuleReport::rule).containsExactly("first", "postcode");
    }
}
