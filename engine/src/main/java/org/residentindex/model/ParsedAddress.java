package org.residentindex.model;

import java.util.List;

/**
 * A free-text or multi-column address split into comparable parts. All text parts are case folded
 * ({@code Locale.ROOT}) with diacritics removed; null when absent.
 *
 * @param flat        the secondary addressable object text, e.g. {@code flat 2}, {@code ground floor flat}
 * @param houseNumber the primary street number, e.g. {@code 14}
 * @param houseSuffix a suffix letter on the number, e.g. {@code b} for 14B
 * @param houseName   a house or building name without a number, e.g. {@code ty gwyn}
 * @param street      the street as written (folded)
 * @param streetName  the street's name words with the descriptor removed, e.g. {@code bryn} for "Heol y Bryn"
 * @param streetDescriptorKey the descriptor mapped to a bilingual canonical key, e.g. {@code road} for Heol/Road
 * @param streetKey   {@code streetName + "|" + streetDescriptorKey}, equal for "Heol y Bryn" and "Bryn Road"
 * @param locality    a locality line
 * @param town        the town as written (folded)
 * @param townKey     Welsh/English town names mapped to one key ({@code carmarthen} for Caerfyrddin)
 * @param postcode    the parsed postcode, or null
 * @param unparsed    address lines that could not be placed, in order
 */
public record ParsedAddress(
        String flat, String houseNumber, String houseSuffix, String houseName, String street, String streetName,
        String streetDescriptorKey, String streetKey, String locality, String town, String townKey,
        Postcode postcode, List<String> unparsed) {

    public ParsedAddress {
        unparsed = unparsed == null ? List.of() : List.copyOf(unparsed);
    }

    private static final ParsedAddress EMPTY =
            new ParsedAddress(null, null, null, null, null, null, null, null, null, null, null, null, List.of());

    /** An address with no parts. */
    public static ParsedAddress empty() {
        return EMPTY;
    }

    /** True when no part is present. */
    public boolean isEmpty() {
        return equals(EMPTY);
    }
}
