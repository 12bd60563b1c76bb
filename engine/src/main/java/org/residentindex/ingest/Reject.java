package org.residentindex.ingest;

/**
 * One rejected row. {@link #detail()} says what was expected and where, never the personal data itself.
 *
 * @param source source name
 * @param line   physical line where the row starts
 * @param field  the column at fault, or empty when the whole row is
 * @param reason why
 * @param detail extra facts (expected/found counts, the earlier line of a duplicate id), may be empty
 */
public record Reject(String source, long line, String field, RejectReason reason, String detail) {

    /** The {@code reason} column of {@code rejects.csv}: label and detail. */
    public String reasonText() {
        return detail == null || detail.isEmpty() ? reason.label() : reason.label() + ": " + detail;
    }
}
