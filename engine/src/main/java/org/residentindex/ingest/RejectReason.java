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
    FOOTER_ROW("footer row"),
    /**
     * A quote that does not close where a value should end (never, beyond the bound on lines or characters, or
     * with text after it); only the line where it opened is rejected, the lines after it are read again.
     */
    UNBALANCED_QUOTE("unbalanced quote"),
    /** A line longer than the bound a record may have; it is skipped without being held in memory. */
    TOO_LONG("record too long"),
    /** A value holds NUL characters, which no text CSV holds (a binary or UTF-16 file). */
    BINARY("binary content");

    private final String label;

    RejectReason(String label) {
        this.label = label;
    }

    /** Short readable text, e.g. {@code wrong field count}. */
    public String label() {
        return label;
    }
}
