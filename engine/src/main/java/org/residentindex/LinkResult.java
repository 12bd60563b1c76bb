package org.residentindex;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one {@code link} run did. Immutable.
 *
 * @param records         accepted records linked
 * @param rejects         rows rejected while reading
 * @param perSource       source name → its counts, in source order
 * @param gazetteer       what the gazetteer did (UPRNs trusted, addresses matched per status)
 * @param candidatePairs  distinct pairs compared
 * @param reductionRatio  1 − compared / all possible pairs
 * @param skippedPairs    pairs not generated because their block exceeded the size cap
 * @param blocking        per blocking rule: blocks, pairs, skipped blocks and pairs
 * @param fields          the compared fields, in model order
 * @param modelTrained    true when the model was estimated on this data, false when loaded with {@code --model}
 * @param links           pairs at or above the link threshold
 * @param reviewPairs     pairs in the review band
 * @param entities        resident entities (clusters, singletons included)
 * @param newEntityIds    entity ids minted in this run (all of them on a first run)
 * @param timings         stage name → wall time, in stage order
 * @param truth           the run measured against a truth file, or null when none was given
 */
public record LinkResult(
        long records, long rejects, Map<String, SourceCounts> perSource, GazetteerCounts gazetteer,
        long candidatePairs, double reductionRatio,
        long skippedPairs, List<BlockingCount> blocking, List<String> fields, boolean modelTrained, long links,
        long reviewPairs, long entities, long newEntityIds, Map<String, Duration> timings, TruthCheck truth) {

    public LinkResult {
        perSource = Collections.unmodifiableMap(new LinkedHashMap<>(perSource));
        blocking = List.copyOf(blocking);
        fields = List.copyOf(fields);
        timings = Collections.unmodifiableMap(new LinkedHashMap<>(timings));
    }

    /**
     * A run measured against a truth file.
     *
     * @param truePairs       true pairs (two records of one true entity) among the linked records
     * @param truePairsFound  of those, pairs blocking made candidates: the most that could ever link
     * @param evaluation      final accuracy of {@code entities.csv} (pairwise and B-cubed)
     * @param bySource        pairwise accuracy over the pairs touching each source
     */
    public record TruthCheck(long truePairs, long truePairsFound,
            org.residentindex.evaluate.Evaluation evaluation, org.residentindex.evaluate.SourceBreakdown bySource) {

        /** Blocking recall: the share of true pairs among the candidates (1.0 when there are none). */
        public double pairCompleteness() {
            return truePairs == 0 ? 1.0 : (double) truePairsFound / truePairs;
        }
    }

    /** Total wall time of all stages. */
    public Duration total() {
        return timings.values().stream().reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * What the gazetteer did for linkage. Every record either carries a UPRN the gazetteer knows
     * ({@code trusted}) or has its address matched (one count in {@code matched}).
     *
     * @param used         false when the run had no gazetteer (then every count is 0)
     * @param trusted      records whose given UPRN is in the gazetteer, used as given
     * @param givenUnknown records whose given UPRN is not in the gazetteer, so not trusted (their address matched)
     * @param matched      match status key ({@code exact}, {@code fuzzy}, {@code ambiguous}, {@code parent_only},
     *                     {@code none}) → records, in that order
     */
    public record GazetteerCounts(boolean used, long trusted, long givenUnknown, Map<String, Long> matched) {

        public GazetteerCounts {
            matched = Collections.unmodifiableMap(new LinkedHashMap<>(matched));
        }

        /** Records that got a UPRN from the gazetteer ({@code exact} + {@code fuzzy}). */
        public long uprnsMatched() {
            return matched.getOrDefault("exact", 0L) + matched.getOrDefault("fuzzy", 0L);
        }
    }

    /**
     * Counts of one source.
     *
     * @param rowsRead data rows read
     * @param accepted rows accepted
     * @param rejected rows rejected
     */
    public record SourceCounts(long rowsRead, long accepted, long rejected) {
    }

    /**
     * What one blocking rule produced.
     *
     * @param rule          rule name (its key columns joined by {@code +})
     * @param blocks        blocks within the cap with two or more records
     * @param pairs         pairs emitted by the rule (before de-duplication across rules)
     * @param skippedBlocks blocks over the cap
     * @param skippedPairs  pairs the skipped blocks held
     */
    public record BlockingCount(String rule, long blocks, long pairs, long skippedBlocks, long skippedPairs) {
    }
}
