package org.residentindex.gazetteer;

import org.residentindex.normalise.BilingualPlaces;

/**
 * Folded, comparison-ready parts of one address: a gazetteer property or a query. Built once per property at
 * load time and once per query, so the hot path compares plain strings.
 *
 * @param hasFlat     true when a secondary address (flat, unit, floor) was given at all
 * @param flat        its identifier and floors
 * @param flatText    the folded secondary text
 * @param number      primary number (digits), or null
 * @param suffix      primary number suffix letter, or null
 * @param name        folded house or building name, or null
 * @param street      folded street (English form for a property)
 * @param streetName  street name without descriptor
 * @param streetAlt   folded Welsh street for a property, null for a query
 * @param streetAltName Welsh street name without descriptor
 * @param townKey     town key (Welsh names mapped to English)
 * @param townAltKey  town key of the Welsh town name of a property
 * @param locality    folded locality
 * @param postcode    postcode without spaces, upper case, or null
 * @param numberEnd   end of a primary number range (digits), or null
 * @param org         folded organisation name of a property, or null
 */
record AddressParts(boolean hasFlat, FlatText flat, String flatText, String number, String suffix, String name,
        String street, String streetName, String streetAlt, String streetAltName, String townKey,
        String townAltKey, String locality, String postcode, String numberEnd, String org) {

    private static final BilingualPlaces PLACES = BilingualPlaces.standard();

    /** The parts of a gazetteer property. */
    static AddressParts of(GazetteerProperty p) {
        String sao = Text.fold(p.saoText());
        boolean hasFlat = sao != null || notBlank(p.saoStartNumber());
        String street = Text.fold(p.streetEn());
        String alt = Text.fold(p.streetCy());
        if (street == null) {
            street = alt;
            alt = null;
        }
        return new AddressParts(hasFlat, hasFlat ? FlatText.parse(sao, p.saoStartNumber()) : FlatText.EMPTY, sao,
                digits(p.paoStartNumber()), Text.fold(p.paoStartSuffix()), Text.fold(p.paoText()), street,
                PLACES.street(street).name(), alt, PLACES.street(alt).name(),
                PLACES.townKey(p.townEn()), PLACES.townKey(p.townCy()),
                Text.fold(p.locality()), Text.postcodeKey(p.postcode()), digitsOnly(p.paoEndNumber()),
                Text.fold(p.organisation()));
    }

    /** These parts with their repeated strings replaced by the pool's copy (so equal streets are identical). */
    AddressParts interned(java.util.Map<String, String> pool) {
        return new AddressParts(hasFlat, flat, flatText, number, suffix, name, in(pool, street), in(pool, streetName),
                in(pool, streetAlt), in(pool, streetAltName), in(pool, townKey), in(pool, townAltKey),
                in(pool, locality), in(pool, postcode), numberEnd, org);
    }

    private static String in(java.util.Map<String, String> pool, String s) {
        return s == null ? null : pool.computeIfAbsent(s, k -> k);
    }

    /** The parts of a query. */
    static AddressParts of(AddressQuery q) {
        String flat = Text.fold(q.flat());
        String street = Text.fold(q.street());
        return new AddressParts(flat != null, flat == null ? FlatText.EMPTY : FlatText.parse(flat, null), flat,
                digits(q.houseNumber()), Text.fold(q.houseSuffix()), Text.fold(q.houseName()), street,
                PLACES.street(street).name(), null, null, PLACES.townKey(q.town()), null,
                Text.fold(q.locality()), Text.postcodeKey(q.postcode()), null, null);
    }

    private static String digits(String s) {
        String f = Text.fold(s);
        return f == null ? null : f.replace(" ", "");
    }

    /** The leading digits of a range end ("14", "14A" → "14"), or null. */
    private static String digitsOnly(String s) {
        String d = digits(s);
        if (d == null) {
            return null;
        }
        int i = 0;
        while (i < d.length() && Character.isDigit(d.charAt(i))) {
            i++;
        }
        return i == 0 ? null : d.substring(0, i);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
