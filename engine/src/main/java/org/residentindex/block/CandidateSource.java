package org.residentindex.block;

/**
 * One way of finding candidate pairs — the pairs worth comparing — among a batch of records. A source reads the
 * {@link CandidateRecords} and the pairs earlier sources already found (a fallback may search only the records
 * they left without a candidate) and returns those pairs plus its own, sorted and distinct, with its report rows
 * ({@link RuleReport}) appended after theirs. Sources never drop a pair. Deterministic: the result depends only on
 * the records and the pairs given, never on thread count or timing. Compose sources with {@link CandidateUnion}.
 */
public interface CandidateSource {

    /** {@code found} plus this source's pairs among {@code records}, with this source's report rows appended. */
    CandidatePairs extend(CandidateRecords records, CandidatePairs found);
}
