package org.residentindex.gazetteer.lucene;

/**
 * What to look for in the candidate index. Any part may be null; at least one should be present.
 *
 * @param street   street text in either language
 * @param number   primary number
 * @param name     house or building name
 * @param town     town or locality in either language
 * @param postcode postcode without spaces, upper case (used for its district and unit)
 */
public record SearchTerms(String street, String number, String name, String town, String postcode) {
}
