package org.residentindex.ingest;

/** Why a row could not be accepted. Each is counted; none is silently dropped. */
public enum RejectReason {
    /** The row has more or fewer fields than the header. */
    WRONG_FIELD_COUNT("wrong field count"),
    /** The row holds bytes that are not valid in the file's encoding. */
    UNDECODABLE_BYTES("undecodable bytes"),
    /** The record id is blank. */
    MISSING_ID("missing record id"),
    /** The record id was already used by an earlier row of the same source. */
    DUPLICATE_ID("duplicate record id"),
    /** A total or footer row after the data ("Total records: 1,363"), not a record. */
    FOOTER_ROW("footer row");

    private final String label;

    RejectReason(String label) {
        this.label = label;
    }

    /** Short readable text, e.g. {@code wrong field count}. */
    public String label() {
        return label;
    }
}
