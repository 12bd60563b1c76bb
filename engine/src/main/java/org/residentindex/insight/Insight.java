package org.residentindex.insight;

/**
 * A Camden-style finding computed from a link run. Contract: uses only what a council holds (records, links,
 * the gazetteer, through the {@link Population}), never truth; deterministic (flags in population order);
 * {@link InsightResult#flagged()} equals the number of flags.
 */
public interface Insight {

    /** Stable identifier, also the key used to score against planted scenarios. */
    String id();

    /** Finds the flags in {@code population}. */
    InsightResult find(Population population);
}
