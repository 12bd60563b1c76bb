package org.residentindex.model;

/**
 * A UK postcode as parsed. A valid postcode is normalised to upper case with one space before the inward code
 * ({@code SA31 1AB}) and split into comparison levels: area ({@code SA}), district ({@code SA31}), sector
 * ({@code SA31 1}) and unit (the full postcode). An invalid one keeps its raw value with {@code valid=false}
 * and null parts; it is never dropped.
 *
 * @param raw        the value as found
 * @param normalised upper case, single space; for invalid values the upper-cased, space-collapsed raw text
 * @param valid      true when the value has an official postcode shape
 * @param area       letters of the outward code
 * @param district   the outward code
 * @param sector     outward code, space, first digit of the inward code
 * @param unit       the full normalised postcode
 */
public record Postcode(
        String raw, String normalised, boolean valid, String area, String district, String sector, String unit) {

    /** An invalid postcode, kept raw. */
    public static Postcode invalid(String raw, String normalised) {
        return new Postcode(raw, normalised, false, null, null, null, null);
    }
}
