package org.residentindex.gazetteer;

/**
 * A structured address to match, as the normaliser parsed it (or as a source's columns gave it). Any part may
 * be null. Text parts may be in any case, with or without diacritics.
 *
 * @param flat        secondary address: "Flat 2", "First floor flat", "Basement flat"
 * @param houseNumber primary number
 * @param houseSuffix suffix letter of the primary number
 * @param houseName   house or building name (or a business name in front of a number)
 * @param street      street, English or Welsh form
 * @param locality    locality
 * @param town        town, English or Welsh form
 * @param postcode    postcode as written (may be invalid or missing)
 */
public record AddressQuery(String flat, String houseNumber, String houseSuffix, String houseName, String street,
        String locality, String town, String postcode) {

    /** A cache key that is equal for queries that fold to the same parts. */
    String key() {
        return String.join("|", String.valueOf(flat), String.valueOf(houseNumber), String.valueOf(houseSuffix),
                String.valueOf(houseName), String.valueOf(street), String.valueOf(locality), String.valueOf(town),
                String.valueOf(postcode));
    }
}
