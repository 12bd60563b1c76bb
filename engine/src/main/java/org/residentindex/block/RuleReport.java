package org.residentindex.block;

/**
 * What one blocking rule produced.
 *
 * @param rule          the rule's name
 * @param blocks        blocks with at least two records within the cap
 * @param pairs         pairs emitted (before de-duplication across rules)
 * @param skippedBlocks blocks larger than the cap, skipped
 * @param skippedPairs  pairs those skipped blocks would have produced
 */
public record RuleReport(String rule, long blocks, long pairs, long skippedBlocks, long skippedPairs) {
}
