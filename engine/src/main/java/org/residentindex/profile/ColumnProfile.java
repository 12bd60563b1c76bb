package org.residentindex.profile;

/**
 * Data quality of one column over the accepted rows of a source.
 *
 * @param column       the column name in the file
 * @param field        the canonical field key it maps to, or {@code (other)}
 * @param present      accepted rows with a non-blank value
 * @param completeness {@code present / accepted rows}, as a percentage (0 when there are no rows)
 * @param valid        present values that pass the field's check, or -1 when the field has none
 * @param validity     {@code valid / present} as a percentage, or null when the field has no check
 * @param check        what "valid" means for this field, or null
 */
public record ColumnProfile(
        String column, String field, long present, double completeness, long valid, Double validity, String check) {
}
