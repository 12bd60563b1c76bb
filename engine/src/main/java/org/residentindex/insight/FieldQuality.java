package org.residentindex.insight;

/**
 * Completeness and validity of one field in one dataset: how many records carry it, and how many of those
 * hold a value of the right shape (a valid postcode, a full plausible date of birth, a name with letters).
 *
 * @param field        the field ({@code postcode}, {@code date_of_birth}, {@code name})
 * @param records      records in the dataset
 * @param present      records with a value
 * @param valid        records with a valid value
 * @param completeness {@code present / records}
 * @param validity     {@code valid / present}
 */
public record FieldQuality(String field, long records, long present, long valid, double completeness,
                           double validity) {

    /** Builds the record, computing the two shares. */
    public static FieldQuality of(String field, long records, long present, long valid) {
        return new FieldQuality(field, records, present, valid, Ratio.of(present, records), Ratio.of(valid, present));
    }
}
