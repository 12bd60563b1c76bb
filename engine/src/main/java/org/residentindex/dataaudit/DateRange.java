package org.residentindex.dataaudit;

/**
 * The span of a dataset's record dates (a liability start, a referral date), to the month: a month is not a
 * person's date, so the span is safe to publish.
 *
 * @param column the date column
 * @param from   earliest month, {@code yyyy-MM}
 * @param to     latest month, {@code yyyy-MM}
 * @param dated  values that parsed as dates
 */
public record DateRange(String column, String from, String to, long dated) {
}
