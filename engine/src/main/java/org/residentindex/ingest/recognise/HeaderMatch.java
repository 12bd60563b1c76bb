package org.residentindex.ingest.recognise;

import org.residentindex.model.CanonicalField;

/**
 * What a header says about its column.
 *
 * @param kind        what kind of column the header names
 * @param field       the canonical field, for {@link Kind#FIELD} and {@link Kind#ANOTHER_PERSON} (the field it
 *                    would be for the record's own person), else null
 * @param confidence  0–1: how sure the header alone makes us
 * @param needsValues true when the header is a hint only and the values must confirm it (a "property reference"
 *                    is a UPRN only when its values are UPRN-shaped)
 * @param reason      why, naming the header words used; never a value
 */
public record HeaderMatch(Kind kind, CanonicalField field, double confidence, boolean needsValues, String reason) {

    /** The kinds of column a header can name. */
    public enum Kind {
        /** One of the record's own canonical fields. */
        FIELD,
        /** A record reference ({@code *_ref}, {@code *_id}, {@code *_number}): a candidate record id. */
        ID_LIKE,
        /** Someone else's details (parent, guardian, emergency contact, previous address): personal, not used. */
        ANOTHER_PERSON,
        /** A date that is not a date of birth (start, referral, liability dates). */
        OTHER_DATE,
        /** The header says nothing we recognise ({@code col7}, {@code band}). */
        UNKNOWN
    }

    static HeaderMatch unknown() {
        return new HeaderMatch(Kind.UNKNOWN, null, 0.0, false, "header not recognised");
    }

    /** True when this is {@link Kind#FIELD} for {@code f}. */
    public boolean is(CanonicalField f) {
        return kind == Kind.FIELD && field == f;
    }
}
