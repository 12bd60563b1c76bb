package org.residentindex.block;

import java.util.List;

/**
 * The union of candidate sources, applied in order: each sees the pairs of those before it. What a run compares is
 * exactly {@link #candidates} of its union; harnesses that measure blocking call the same.
 *
 * @param sources the sources, in order
 */
public record CandidateUnion(List<CandidateSource> sources) implements CandidateSource {

    public CandidateUnion {
        sources = List.copyOf(sources);
    }

    /** Every source's pairs among {@code records}, with their report rows in source order. */
    public CandidatePairs candidates(CandidateRecords records) {
        return extend(records, CandidatePairs.none(records.size()));
    }

    @Override
    public CandidatePairs extend(CandidateRecords records, CandidatePairs found) {
        CandidatePairs pairs = found;
        for (CandidateSource source : sources) {
            pairs = source.extend(records, pairs);
        }
        return pairs;
    }
}
