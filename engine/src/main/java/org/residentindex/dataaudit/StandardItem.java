package org.residentindex.dataaudit;

import java.util.Locale;

/**
 * A core item of the proposed corporate data standard: one habit of writing a data item that services can agree
 * on (how a date is written, a name's case, a postcode's spacing, an address's layout, the coding of sex, whether
 * the property is coded by UPRN). Formats are the codes of {@link Formats}; their words live in the bundles.
 */
public enum StandardItem {
    DATE_OF_BIRTH_FORMAT,
    NAME_CASE,
    NAME_LAYOUT,
    ADDRESS_LAYOUT,
    ADDRESS_CASE,
    POSTCODE_FORMAT,
    SEX_CODING,
    NI_NUMBER_FORMAT,
    PROPERTY_CODING;

    /** The snake_case key used in CSV/JSON and as the resource-bundle suffix. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
