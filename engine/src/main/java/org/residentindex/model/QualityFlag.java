package org.residentindex.model;

/**
 * Data-quality findings on an accepted record. A flag never causes a reject: the record is kept and the
 * profile counts the flag, so comparators and auditors can see what was wrong.
 */
public enum QualityFlag {
    /** The date of birth could not be parsed or is impossible. */
    DATE_OF_BIRTH_INVALID,
    /** Day and month of the date of birth could be swapped. */
    DATE_OF_BIRTH_AMBIGUOUS,
    /** The postcode does not have an official UK shape. */
    POSTCODE_INVALID,
    /** The UPRN is present but not a 1–12 digit number. */
    UPRN_NOT_NUMERIC,
    /** The NI number is present but not in the AA999999A shape. */
    NI_NUMBER_INVALID,
    /** The sex value was not recognised. */
    SEX_UNRECOGNISED
}
