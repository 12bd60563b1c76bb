package org.residentindex.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyBlockerTest {

    // records:            0  1  2  3  4  5
    private static final Map<String, int[]> COLUMNS = Map.of(
            "surname", new int[] {1, 1, 1, 2, 0, 2},
            "year", new int[] {7, 7, 8, 7, 7, 7},
            "uprn", new int[] {5, 0, 5, 0, 0, 0});

    private static List<Long> pairs(CandidatePairs c) {
        return java.util.Arrays.stream(c.pairs()).boxed().toList();
    }

    @Test
    void block_twoColumnRule_pairsOnlyRecordsAgreeingOnBoth() {
        CandidatePairs c = new KeyBlocker(10).block(6, List.of(BlockingRule.of("surname", "year")), COLUMNS::get);
        assertThat(pairs(c)).containsExactly(CandidatePairs.encode(0, 1), CandidatePairs.encode(3, 5));
    }

    @Test
    void block_missingKey_recordInNoBlock() {
        CandidatePairs c = new KeyBlocker(10).block(6, List.of(BlockingRule.of("uprn")), COLUMNS::get);
        assertThat(pairs(c)).containsExactly(CandidatePairs.encode(0, 2));
    }

    @Test
    void block_unionOfRules_sortedAndDistinct() {
        CandidatePairs c = new KeyBlocker(10).block(6,
                List.of(BlockingRule.of("surname"), BlockingRule.of("uprn"), BlockingRule.of("surname", "year")),
                COLUMNS::get);
        assertThat(pairs(c)).containsExactly(CandidatePairs.encode(0, 1), CandidatePairs.encode(0, 2),
                CandidatePairs.encode(1, 2), CandidatePairs.encode(3, 5));
        assertThat(c.rules()).extracting(RuleReport::pairs).containsExactly(4L, 1L, 2L);
        assertThat(c.reductionRatio()).isEqualTo(1.0 - 4 / 15.0);
    }

    @Test
    void block_blockOverCap_skippedAndReported() {
        CandidatePairs c = new KeyBlocker(2).block(6, List.of(BlockingRule.of("year")), COLUMNS::get);
        assertThat(c.size()).isZero();
        assertThat(c.rules().get(0).skippedBlocks()).isEqualTo(1);
        assertThat(c.skippedPairs()).isEqualTo(10);
    }

    @Test
    void block_ruleWithOwnCap_skipsBlocksOverTheSmallerCap() {
        CandidatePairs c = new KeyBlocker(10).block(6,
                List.of(BlockingRule.of("surname").capped(2), BlockingRule.of("uprn")), COLUMNS::get);
        assertThat(pairs(c)).containsExactly(CandidatePairs.encode(0, 2), CandidatePairs.encode(3, 5));
        assertThat(c.rules().get(0).skippedBlocks()).isEqualTo(1);
        assertThat(c.rules().get(0).skippedPairs()).isEqualTo(3);
    }

    @Test
    void block_unknownColumn_ruleYieldsNothing() {
        CandidatePairs c = new KeyBlocker(10).block(6, List.of(BlockingRule.of("nope")), COLUMNS::get);
        assertThat(c.size()).isZero();
    }

    @Test
    void encode_eitherOrder_sameLongWithSmallerLeft() {
        CandidatePairs c = new CandidatePairs(10, new long[] {CandidatePairs.encode(9, 3)}, List.of());
        assertThat(c.left(0)).isEqualTo(3);
        assertThat(c.right(0)).isEqualTo(9);
    }
}
