package org.residentindex.insight;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.residentindex.model.NormalisedRecord;
import org.residentindex.model.ParsedAddress;
import org.residentindex.model.Postcode;

/**
 * Exact address keys, the fallback used to place records when no gazetteer matcher is available: the full
 * postcode, the flat (its number when it has one, else its folded text), and the house number with suffix or,
 * without a number, the house name. Two spellings of one address give one key only when these parts agree
 * exactly after folding; that is deliberate — a key that merges different homes would invent households.
 */
final class AddressKey {

    private static final Pattern DIGITS = Pattern.compile("(\\d+)");

    private AddressKey() {
    }

    /** The key within the postcode ({@code flat|house}), or null when the house is unknown. */
    static String withinPostcode(String flat, String houseNumber, String houseSuffix, String houseName) {
        String house;
        if (houseNumber != null && !houseNumber.isBlank()) {
            house = fold(houseNumber) + (houseSuffix == null ? "" : fold(houseSuffix));
        } else if (houseName != null && !houseName.isBlank()) {
            house = fold(houseName);
        } else {
            return null;
        }
        return flatKey(flat) + "|" + house;
    }

    /** The full key {@code POSTCODE|flat|house}, or null when postcode or house is missing. */
    static String of(NormalisedRecord r) {
        ParsedAddress a = r.address();
        Postcode pc = r.postcode() != null && r.postcode().valid() ? r.postcode()
                : a.postcode() != null && a.postcode().valid() ? a.postcode() : null;
        if (pc == null) {
            return null;
        }
        String within = withinPostcode(a.flat(), a.houseNumber(), a.houseSuffix(), a.houseName());
        return within == null ? null : pc.unit() + "|" + within;
    }

    static String flatKey(String flat) {
        if (flat == null || flat.isBlank()) {
            return "";
        }
        Matcher m = DIGITS.matcher(flat);
        return m.find() ? m.group(1).replaceFirst("^0+(?=\\d)", "") : fold(flat);
    }

    static String fold(String s) {
        String d = Normalizer.normalize(s.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
