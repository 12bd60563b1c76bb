package org.residentindex.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FuzzyFallbackTest {

    // ordinal:                          0        1        2        3        4         5        6
    private static final String[] SURNAME = {"jones", "jomes", "smith", "smith", "pritchard", "evans", "price"};
    private static final String[] GIVEN = {"david", "david", "anne", "anne", "gareth", "gareth", "megan"};
    private static final String[] YEAR = {"1980", "1980", "1975", "1975", "1990", null, "2001"};
    // exact keys that all differ for 0 and 1 (other than a shared surname-free key for 2 and 3)
    private static final int[] POSTCODE = {1, 2, 3, 3, 4, 5, 6};

    private static final NameColumns NAMES = new NameColumns(r -> SURNAME[r], r -> GIVEN[r], r -> YEAR[r]);

    private static CandidatePairs blocked() {
        return new KeyBlocker(10).block(SURNAME.length, List.of(BlockingRule.of("postcode")),
                Map.of("postcode", POSTCODE)::get);
    }

    private static List<Long> pairs(CandidatePairs c) {
        return Arrays.stream(c.pairs()).boxed().toList();
    }

    @Test
    void extend_surnameTypoAndOtherKeysDiffer_pairedOnlyByFallback() {
        CandidatePairs base = blocked();
        assertThat(pairs(base)).containsExactly(CandidatePairs.encode(2, 3));

        CandidatePairs c = FuzzyFallback.defaults().extend(base, NAMES);

        assertThat(pairs(c)).containsExactly(CandidatePairs.encode(0, 1), CandidatePairs.encode(2, 3));
        RuleReport row = c.rules().get(c.rules().size() - 1);
        assertThat(row.rule()).isEqualTo(FuzzyFallback.RULE);
        // 0, 1, 4, 5 and 6 had no candidate and all have both names
        assertThat(row.blocks()).isEqualTo(5);
        assertThat(row.pairs()).isEqualTo(1);
        assertThat(row.skippedBlocks()).isZero();
    }

    @Test
    void extend_differentBirthYears_noPair() {
        String[] years = YEAR.clone();
        years[1] = "1981";
        CandidatePairs c = FuzzyFallback.defaults().extend(blocked(),
                new NameColumns(r -> SURNAME[r], r -> GIVEN[r], r -> years[r]));

        assertThat(pairs(c)).containsExactly(CandidatePairs.encode(2, 3));
    }

    @Test
    void extend_oneRecordWithoutYear_pairedAcrossYearFilter() {
        String[] surnames = SURNAME.clone();
        surnames[5] = "pritchart";
        CandidatePairs c = FuzzyFallback.defaults().extend(blocked(),
                new NameColumns(r -> surnames[r], r -> GIVEN[r], r -> YEAR[r]));

        assertThat(pairs(c)).contains(CandidatePairs.encode(4, 5));
    }

    @Test
    void extend_namesSwappedWithTypo_paired() {
        String[] surnames = SURNAME.clone();
        String[] given = GIVEN.clone();
        surnames[1] = "davud";
        given[1] = "jones";
        CandidatePairs c = FuzzyFallback.defaults().extend(blocked(),
                new NameColumns(r -> surnames[r], r -> given[r], r -> YEAR[r]));

        assertThat(pairs(c)).contains(CandidatePairs.encode(0, 1));
    }

    @Test
    void extend_boundReached_restSkippedAndReported() {
        CandidatePairs c = new FuzzyFallback(1, 10).extend(blocked(), NAMES);

        // only record 0 is queried; it finds 1
        assertThat(pairs(c)).containsExactly(CandidatePairs.encode(0, 1), CandidatePairs.encode(2, 3));
        RuleReport row = c.rules().get(c.rules().size() - 1);
        assertThat(row.blocks()).isEqualTo(1);
        assertThat(row.skippedBlocks()).isEqualTo(4);
    }

    @Test
    void extend_noCandidatelessRecords_pairsUnchangedAndRowAdded() {
        CandidatePairs base = new KeyBlocker(10).block(2, List.of(BlockingRule.of("k")),
                Map.of("k", new int[] {1, 1})::get);

        CandidatePairs c = FuzzyFallback.defaults().extend(base, NAMES);

        assertThat(pairs(c)).isEqualTo(pairs(base));
        assertThat(c.rules()).extracting(RuleReport::rule).containsExactly("k", FuzzyFallback.RULE);
    }

    @Test
    void extend_onAPoolInChunks_sameAsInline() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            CandidatePairs parallel = FuzzyFallback.defaults().extend(blocked(), NAMES, pool, 3);
            CandidatePairs inline = FuzzyFallback.defaults().extend(blocked(), NAMES);

            assertThat(pairs(parallel)).isEqualTo(pairs(inline));
            assertThat(parallel.rules()).isEqualTo(inline.rules());
        } finally {
            pool.shutdownNow();
        }
    }
}
