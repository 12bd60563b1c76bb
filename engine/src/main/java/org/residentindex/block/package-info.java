/**
 * Candidate generation behind one interface, {@link org.residentindex.block.CandidateSource} (records in, candidate
 * pairs and per-rule report rows out), composed in order by {@link org.residentindex.block.CandidateUnion}: the
 * exact-key stage {@link org.residentindex.block.KeyRules}, identifier variants, the fuzzy fallback and the
 * recall-first neighbour search are its implementations. In batch, records are grouped by blocking keys ({@link org.residentindex.block.BlockingRule}:
 * a conjunction of dictionary-coded columns); every pair inside a block is a candidate, the union over rules is
 * sorted and de-duplicated ({@link org.residentindex.block.KeyBlocker}). Blocks larger than a cap are skipped and
 * reported, so a common surname in a busy district cannot explode into n² pairs. No per-record queries for the
 * batch: grouping sorted keys gives the same candidates an order of magnitude faster than one Lucene query per
 * record. Per-record queries are kept for what exact keys miss: the {@link org.residentindex.block.FuzzyFallback}
 * queries, in a bounded number, an in-memory name index for the records left without any candidate.
 */
package org.residentindex.block;
