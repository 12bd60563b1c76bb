package org.residentindex.model;

import java.time.LocalDate;

/**
 * A parsed date of birth. {@link Status#VALID} carries a full {@link #date()}; {@link Status#PARTIAL} only a
 * year (and perhaps month); {@link Status#INVALID} carries a {@link #reason()} (never the value itself);
 * {@link Status#MISSING} means the field was blank. {@link #ambiguousDayMonth()} is true when day and month
 * could be swapped and still make a valid date (both ≤ 12 and different), so comparators can score a swap.
 *
 * @param raw   the value as found (null when missing)
 * @param date  the full date when VALID, else null
 * @param year  the year when VALID or PARTIAL, else null
 * @param month the month when known, else null
 * @param ambiguousDayMonth day and month both ≤ 12 and different
 * @param status parse status
 * @param reason why the value is INVALID, else null
 */
public record DateValue(
        String raw, LocalDate date, Integer year, Integer month, boolean ambiguousDayMonth, Status status,
        String reason) {

    /** Outcome of parsing. */
    public enum Status { VALID, PARTIAL, INVALID, MISSING }

    private static final DateValue MISSING = new DateValue(null, null, null, null, false, Status.MISSING, null);

    /** A blank value. */
    public static DateValue missing() {
        return MISSING;
    }

    /** A full date. */
    public static DateValue of(String raw, LocalDate date, boolean ambiguousDayMonth) {
        return new DateValue(raw, date, date.getYear(), date.getMonthValue(), ambiguousDayMonth, Status.VALID, null);
    }

    /** A year (and optional month) without a day. */
    public static DateValue partial(String raw, int year, Integer month) {
        return new DateValue(raw, null, year, month, false, Status.PARTIAL, null);
    }

    /** An unparseable or impossible value. */
    public static DateValue invalid(String raw, String reason) {
        return new DateValue(raw, null, null, null, false, Status.INVALID, reason);
    }

    /** True when a full date was parsed. */
    public boolean isValid() {
        return status == Status.VALID;
    }

    /** The date with day and month swapped when that swap is a valid date, else null. */
    public LocalDate swapped() {
        if (!ambiguousDayMonth || date == null) {
            return null;
        }
        return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
    }
}
