package org.residentindex.dataaudit;

/**
 * A key a dataset identifies its records or their subjects by.
 *
 * @param kind     {@code own_reference}, {@code uprn} or {@code ni_number}
 * @param column   the column
 * @param coverage share of accepted records carrying it
 */
public record DatasetKey(String kind, String column, double coverage) {
}
