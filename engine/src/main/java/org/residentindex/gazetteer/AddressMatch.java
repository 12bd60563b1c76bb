package org.residentindex.gazetteer;

import java.util.List;

/**
 * The result of matching one address to the gazetteer.
 *
 * @param uprn         the matched UPRN (the parent's for {@link MatchStatus#PARENT_ONLY}), or 0 when none
 * @param score        calibrated confidence in 0–1: close to the precision observed at that score on
 *                     generated data with known truth
 * @param status       how it matched
 * @param reason       short, data-free explanation, e.g. {@code postcode=unit number=exact street=synonym}
 * @param alternatives the best other candidates (for ambiguous results), best first; never null
 * @param addressStatus the logical status of the gazetteer address that matched ({@code historic} when an old
 *                     address found the property), or null when no UPRN was returned
 */
public record AddressMatch(long uprn, double score, MatchStatus status, String reason, List<Candidate> alternatives,
        LpiStatus addressStatus) {

    public AddressMatch {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        addressStatus = uprn == 0 ? null : addressStatus == null ? LpiStatus.APPROVED : addressStatus;
    }

    /** A result matched on an approved address (or none). */
    public AddressMatch(long uprn, double score, MatchStatus status, String reason, List<Candidate> alternatives) {
        this(uprn, score, status, reason, alternatives, null);
    }

    /** This result with {@code prefix} in front of its reason. */
    AddressMatch withReasonPrefix(String prefix) {
        return new AddressMatch(uprn, score, status, prefix + reason, alternatives, addressStatus);
    }

    /** A result with no UPRN. */
    public static AddressMatch none(String reason) {
        return new AddressMatch(0, 0.0, MatchStatus.NONE, reason, List.of());
    }

    /**
     * One scored candidate property.
     *
     * @param uprn  the candidate's UPRN
     * @param score the candidate's calibrated score
     */
    public record Candidate(long uprn, double score) {
    }
}
