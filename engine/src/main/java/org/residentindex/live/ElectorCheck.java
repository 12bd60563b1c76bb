package org.residentindex.live;

/**
 * The validation of one elector against the other services' records.
 *
 * @param elector     the elector's id in the register extract
 * @param status      {@link Status}
 * @param reason      why, in words (no personal data)
 * @param residentId  the resident matched, or null
 * @param probability the best match probability (0 when nothing was found)
 */
public record ElectorCheck(String elector, Status status, String reason, String residentId, double probability) {

    /** The outcome of a check. */
    public enum Status {
        /** Matched to a resident with probability at or above the link threshold, at the same address. */
        VALIDATED,
        /** Nothing in the other services at or above the review threshold. */
        NOT_FOUND,
        /** A match with a different current address, or only an uncertain (review-band) match. */
        CONFLICTING
    }
}
