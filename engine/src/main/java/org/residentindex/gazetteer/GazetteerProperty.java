package org.residentindex.gazetteer;

/**
 * One addressable property (BLPU) of the gazetteer with its English and Welsh address parts. Text parts are
 * kept as found in the file (trimmed, empty → null); numbers are kept as text because extracts differ.
 *
 * @param uprn            the property's UPRN
 * @param parentUprn      the parent (building) UPRN for flats, or 0 when none
 * @param usrn            street reference, or null
 * @param saoText         secondary addressable object text, e.g. {@code FLAT 2}, {@code FIRST FLOOR FLAT}
 * @param saoStartNumber  secondary start number, e.g. {@code 2}
 * @param paoStartNumber  primary (building) number
 * @param paoStartSuffix  suffix letter of the primary number, e.g. {@code B}
 * @param paoText         building or house name, e.g. {@code TY GWYN}
 * @param streetEn        English street descriptor
 * @param streetCy        Welsh street descriptor
 * @param locality        locality
 * @param townEn          English town name
 * @param townCy          Welsh town name
 * @param postcode        postcode as found
 * @param classification  classification code, e.g. {@code RD06}
 * @param paoEndNumber    end of a primary number range ({@code 12-14}: 14), or null
 * @param organisation    organisation or business name at the address (AddressBase), or null
 * @param x               easting (or longitude when {@link #geographic()}), or NaN when unknown
 * @param y               northing (or latitude when {@link #geographic()}), or NaN when unknown
 * @param status          logical status of this address (LPI); approved when the extract does not say
 * @param language        {@code ENG}, {@code CYM} (or another code) when the extract says, else null
 */
public record GazetteerProperty(
        long uprn, long parentUprn, String usrn, String saoText, String saoStartNumber, String paoStartNumber,
        String paoStartSuffix, String paoText, String streetEn, String streetCy, String locality, String townEn,
        String townCy, String postcode, String classification, String paoEndNumber, String organisation,
        double x, double y, LpiStatus status, String language) {

    public GazetteerProperty {
        status = status == null ? LpiStatus.APPROVED : status;
    }

    /** A property of a plain CSV extract: no range, organisation, coordinates, status or language. */
    public GazetteerProperty(long uprn, long parentUprn, String usrn, String saoText, String saoStartNumber,
            String paoStartNumber, String paoStartSuffix, String paoText, String streetEn, String streetCy,
            String locality, String townEn, String townCy, String postcode, String classification) {
        this(uprn, parentUprn, usrn, saoText, saoStartNumber, paoStartNumber, paoStartSuffix, paoText, streetEn,
                streetCy, locality, townEn, townCy, postcode, classification, null, null, Double.NaN, Double.NaN,
                LpiStatus.APPROVED, null);
    }

    /** True when the property has coordinates. */
    public boolean hasCoordinates() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }

    /**
     * True when {@link #x()}/{@link #y()} are longitude/latitude (WGS84) rather than British National Grid
     * metres: a grid easting is never within ±180.
     */
    public boolean geographic() {
        return hasCoordinates() && Math.abs(x) <= 180 && Math.abs(y) <= 90;
    }


    /** True when the property has a parent UPRN (a flat or unit inside a building). */
    public boolean hasParent() {
        return parentUprn != 0;
    }

    /** A single-line English address, for display and for the Lucene catch-all field. */
    public String singleLine() {
        StringBuilder b = new StringBuilder();
        append(b, saoText);
        if (saoText == null) {
            append(b, saoStartNumber);
        }
        append(b, paoText);
        append(b, organisation);
        append(b, paoStartNumber == null ? null : paoStartNumber + (paoStartSuffix == null ? "" : paoStartSuffix)
                + (paoEndNumber == null ? "" : "-" + paoEndNumber));
        append(b, streetEn == null ? streetCy : streetEn);
        append(b, locality);
        append(b, townEn == null ? townCy : townEn);
        append(b, postcode);
        return b.toString();
    }

    private static void append(StringBuilder b, String part) {
        if (part != null && !part.isBlank()) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(part);
        }
    }
}
