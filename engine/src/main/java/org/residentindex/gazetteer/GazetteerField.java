package org.residentindex.gazetteer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns a gazetteer extract can carry, each with the header names it is recognised by (compared after
 * lower-casing and dropping spaces, dashes and underscores). {@link #key()} is the name used in
 * {@code --map field=column}.
 */
public enum GazetteerField {
    UPRN("uprn", "uprnid", "propertyreference"),
    PARENT_UPRN("parentuprn", "parent"),
    USRN("usrn"),
    SAO_TEXT("saotext", "subbuildingname", "flat"),
    SAO_START_NUMBER("saostartnumber", "saonumber"),
    PAO_START_NUMBER("paostartnumber", "buildingnumber", "housenumber", "paonumber"),
    PAO_START_SUFFIX("paostartsuffix", "paosuffix"),
    PAO_TEXT("paotext", "buildingname", "housename"),
    STREET_EN("streetdescriptoren", "streetdescriptor", "street", "thoroughfare", "streetname"),
    STREET_CY("streetdescriptorcy", "streetcy", "streetwelsh"),
    LOCALITY("locality", "dependentlocality"),
    TOWN_EN("townen", "town", "posttown", "townname"),
    TOWN_CY("towncy", "townwelsh"),
    POSTCODE("postcode", "postcodelocator", "postcode7", "pcd"),
    CLASSIFICATION("classification", "classificationcode", "class"),
    /** Easting (or longitude). */
    X("x", "xcoordinate", "easting", "longitude", "lon"),
    /** Northing (or latitude). */
    Y("y", "ycoordinate", "northing", "latitude", "lat"),
    ADDRESS("address", "singlelineaddress", "fulladdress", "addresstext", "singleline");

    private final List<String> headers;

    GazetteerField(String... headers) {
        this.headers = List.of(headers);
    }

    /** The snake_case key, e.g. {@code street_en}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when {@code header} is one of this field's recognised names. */
    boolean recognises(String header) {
        return headers.contains(squash(header));
    }

    /** The field named {@code key} (case-insensitive), if any. */
    public static Optional<GazetteerField> fromKey(String key) {
        for (GazetteerField f : values()) {
            if (f.key().equals(key.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    static String squash(String header) {
        return header.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]", "");
    }
}
