package org.residentindex.insight;

import java.util.Objects;

/**
 * The property a record's address denotes, as far as the council can tell. {@link Basis#GIVEN}: the dataset
 * carried the UPRN; {@link Basis#MATCHED}: the gazetteer matched the address to a UPRN; {@link Basis#ADDRESS}:
 * no UPRN, but an exact address key (postcode + flat + house number or name + street) stands in for the
 * property; {@link Basis#NONE}: the address is too incomplete to place. Two records are "at the same property"
 * when their {@link #key()}s are equal and non-null.
 *
 * @param key   {@code uprn:<n>} or {@code addr:<address key>}; null for {@link Basis#NONE}
 * @param uprn  the UPRN when given or matched, else null
 * @param basis how the property was found
 */
public record PropertyRef(String key, Long uprn, Basis basis) {

    /** How a record's property was found. */
    public enum Basis { GIVEN, MATCHED, ADDRESS, NONE }

    private static final PropertyRef NONE = new PropertyRef(null, null, Basis.NONE);

    public PropertyRef {
        Objects.requireNonNull(basis, "basis");
    }

    /** A property known by its UPRN. */
    public static PropertyRef uprn(long uprn, Basis basis) {
        return new PropertyRef("uprn:" + uprn, uprn, basis);
    }

    /** A property known only by its exact address key. */
    public static PropertyRef address(String key) {
        return new PropertyRef("addr:" + key, null, Basis.ADDRESS);
    }

    /** No property could be placed. */
    public static PropertyRef none() {
        return NONE;
    }

    /** True when the record can be placed at a property. */
    public boolean isKnown() {
        return key != null;
    }
}
