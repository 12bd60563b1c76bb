package org.residentindex.gazetteer.lucene;

/**
 * The searchable text of one gazetteer property, in ordinal order. Any part may be null.
 *
 * @param street    English street
 * @param streetAlt Welsh street
 * @param number    primary number with suffix
 * @param name      building/house name and secondary text
 * @param town      English town
 * @param townAlt   Welsh town
 * @param locality  locality
 * @param postcode  postcode without spaces, upper case
 */
public record IndexedAddress(String street, String streetAlt, String number, String name, String town,
        String townAlt, String locality, String postcode) {
}
