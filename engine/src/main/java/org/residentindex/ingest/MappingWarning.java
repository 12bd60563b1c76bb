package org.residentindex.ingest;

/**
 * Something about a source's columns the user should know before trusting a run. Messages name columns and
 * counts only, never a value. {@code rix profile} and {@code rix link} print them; {@code --strict} makes every
 * {@link Severity#WARNING} an error.
 *
 * @param severity how loud
 * @param code     what kind of finding
 * @param message  one line naming the source's columns
 */
public record MappingWarning(Severity severity, Code code, String message) {

    /** How loud a finding is. */
    public enum Severity {
        /** Linkage will be weaker or wrong unless the user acts. */
        WARNING,
        /** Worth knowing; nothing is lost. */
        NOTE
    }

    /** The kinds of finding. */
    public enum Code {
        /** No given name, surname or full name column. */
        NO_NAME,
        /** No date of birth column. */
        NO_DATE_OF_BIRTH,
        /** No address, postcode or UPRN column. */
        NO_ADDRESS,
        /** An unmapped column whose values look like personal data. */
        PERSONAL_UNMAPPED,
        /** Two or more columns claim one field; one was used. */
        DUPLICATE_CLAIM,
        /** A field mapped from its values alone, with the header saying nothing. */
        FROM_VALUES,
        /** A column holding another person's (or a past) details, not used. */
        ANOTHER_PERSON,
        /** Rows above the header or below the data were not read as records. */
        LAYOUT
    }

    static MappingWarning warning(Code code, String message) {
        return new MappingWarning(Severity.WARNING, code, message);
    }

    static MappingWarning note(Code code, String message) {
        return new MappingWarning(Severity.NOTE, code, message);
    }

    /** "warning: ..." or "note: ...". */
    @Override
    public String toString() {
        return (severity == Severity.WARNING ? "warning: " : "note: ") + message;
    }
}
