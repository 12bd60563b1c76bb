package org.residentindex.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The canonical schema every source is mapped onto. The snake_case {@link #key()} is the name used in
 * {@code link.yaml} mappings, on the command line ({@code --map given_name=forename}) and in profiles.
 * Columns that map to none of these are kept as "other" columns.
 */
public enum CanonicalField {
    RECORD_ID,
    TITLE,
    GIVEN_NAME,
    MIDDLE_NAMES,
    SURNAME,
    FULL_NAME,
    DATE_OF_BIRTH,
    SEX,
    ADDRESS,
    ADDRESS_1,
    ADDRESS_2,
    ADDRESS_3,
    ADDRESS_4,
    ADDRESS_5,
    FLAT,
    HOUSE_NUMBER,
    HOUSE_NAME,
    STREET,
    LOCALITY,
    TOWN,
    POSTCODE,
    UPRN,
    NI_NUMBER,
    EMAIL,
    PHONE;

    /** The snake_case name, e.g. {@code date_of_birth}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field whose {@link #key()} is {@code key} (case-insensitive), if any. */
    public static Optional<CanonicalField> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String upper = key.trim().toUpperCase(Locale.ROOT);
        for (CanonicalField f : values()) {
            if (f.name().equals(upper)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
