package org.residentindex.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class NeighbourSearchTest {

    private static final SearchTerms TERMS = new SearchTerms(List.of("given", "surname"), List.of(), "dob",
            "postcode", List.of("town"), List.of("ni"), "email");

    /** Columns by name, one value per record (null = missing). */
    private static CandidateRecords records(Map<String, String[]> columns) {
        return new CandidateRecords() {
            @Override
            public int size() {
                return columns.values().iterator().next().length;
            }

            @Override
            public int[] ids(String column) {
                return null;
            }

            @Override
            public String value(String column, int r) {
                String[] v = columns.get(column);
                return v == null ? null : v[r];
            }
        };
    }

    // 0 and 1: one person — surname typo, day of birth wrong, no postcode on 1, town only;
    // 2..9: other people, some sharing the town or the birth year
    private static final Map<String, String[]> PEOPLE = Map.of(
            "given", new String[] {"thomas", "thomas", "anne", "gareth", "megan", "thomas", "rhys", "sian", "owen",
                "carys"},
            "surname", new String[] {"langley", "langly", "smith", "evans", "price", "jones", "morgan", "davies",
                "hughes", "lewis"},
            "dob", new String[] {"19391219", "19391209", "19750302", "19391230", "20010101", "19800405", "19550505",
                "19660606", "19770707", "19880808"},
            "postcode", new String[] {"SA18 5UU", null, "SA18 5UU", "SA31 1AA", "SA14 2TU", "SA18 2YN", "SA19 5WW",
                "SA33 4QQ", "SA15 3RR", "SA16 0NN"},
            "town", new String[] {"ammanford", "ammanford", "ammanford", "carmarthen", "llanelli", "ammanford",
                "llandeilo", "whitland", "llanelli", "burry port"});

    private static List<Long> pairs(CandidatePairs c) {
        return Arrays.stream(c.pairs()).boxed().toList();
    }

    @Test
    void extend_samePersonEveryKeyDifferent_foundByTheEvidenceShared() {
        CandidatePairs c = NeighbourSearch.over(TERMS).extend(records(PEOPLE), CandidatePairs.none(10));

        assertThat(pairs(c)).contains(CandidatePairs.encode(0, 1));
        RuleReport row = c.rules().get(c.rules().size() - 1);
        assertThat(row.rule()).isEqualTo(NeighbourSearch.RULE);
        assertThat(row.blocks()).isEqualTo(10);
        assertThat(row.pairs()).isEqualTo(c.size());
    }

    @Test
    void extend_strangersSharingOnlyATownOrAYear_notPaired() {
        CandidatePairs c = NeighbourSearch.over(TERMS).extend(records(PEOPLE), CandidatePairs.none(10));

        // 0 and 2 share postcode and town only; 0 and 3 the birth year-month; 4 and 8 the town
        assertThat(pairs(c)).doesNotContain(CandidatePairs.encode(0, 2), CandidatePairs.encode(0, 3),
                CandidatePairs.encode(4, 8));
    }

    @Test
    void extend_swappedNamesAndAnInitial_stillNeighbours() {
        Map<String, String[]> swapped = Map.of(
                "given", new String[] {"wayne", "ellis", "j", "david", "mair"},
                "surname", new String[] {"ellis", "wayne", "pritchard", "pritchard", "owen"},
                "dob", new String[] {"19771016", null, "19600101", "19600101", "19900909"},
                "postcode", new String[] {"SA14 2TU", "SA14 2TU", "SA31 1AA", "SA31 1AA", "SA18 5UU"});

        CandidatePairs c = NeighbourSearch.over(TERMS).extend(records(swapped), CandidatePairs.none(5));

        assertThat(pairs(c)).contains(CandidatePairs.encode(0, 1), CandidatePairs.encode(2, 3));
    }

    @Test
    void extend_keepsEarlierPairsAndTheirRows() {
        CandidatePairs earlier = new CandidatePairs(10, new long[] {CandidatePairs.encode(4, 9)},
                List.of(new RuleReport("earlier", 1, 1, 0, 0)));

        CandidatePairs c = NeighbourSearch.over(TERMS).extend(records(PEOPLE), earlier);

        assertThat(pairs(c)).contains(CandidatePairs.encode(4, 9), CandidatePairs.encode(0, 1));
        assertThat(c.rules()).extracting(RuleReport::rule).containsExactly("earlier", NeighbourSearch.RULE);
    }

    @Test
    void extend_splitIntoTasks_sameResult() throws Exception {
        CandidateRecords inline = records(PEOPLE);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CandidateRecords parallel = new CandidateRecords() {
                @Override
                public int size() {
                    return inline.size();
                }

                @Override
                public int[] ids(String column) {
                    return null;
                }

                @Override
                public String value(String column, int r) {
                    return inline.value(column, r);
                }

                @Override
                public ExecutorService pool() {
                    return pool;
                }

                @Override
                public int tasks() {
                    return 3;
                }
            };
            assertThat(NeighbourSearch.over(TERMS).extend(parallel, CandidatePairs.none(10)).pairs())
                    .containsExactly(NeighbourSearch.over(TERMS).extend(inline, CandidatePairs.none(10)).pairs());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void extend_tinyWorkBudget_longPostingsNotWalkedAndCounted() {
        CandidatePairs c = new NeighbourSearch(TERMS, 1, 20).extend(records(PEOPLE), CandidatePairs.none(10));

        RuleReport row = c.rules().get(0);
        assertThat(row.skippedBlocks()).isPositive();
    }
}
