package org.residentindex.gazetteer;

import java.util.EnumMap;
import java.util.Map;
import org.residentindex.model.CanonicalField;
import org.residentindex.model.ParsedAddress;
import org.residentindex.normalise.AddressParser;

/**
 * Adapter from the normaliser's {@link AddressParser} / {@link ParsedAddress} to the gazetteer's
 * {@link AddressQuery}. The parser does the splitting (flat, number, suffix, name, street, locality, town,
 * postcode); nothing is re-parsed here.
 */
public final class DefaultParsers {

    private static final AddressParser PARSER = new AddressParser();

    private DefaultParsers() {
    }

    /** The single-line parser: the normaliser's {@link AddressParser}, with an optional separate postcode. */
    public static AddressTextParser addressText() {
        return (text, postcode) -> {
            Map<CanonicalField, String> v = new EnumMap<>(CanonicalField.class);
            if (text != null) {
                v.put(CanonicalField.ADDRESS, text);
            }
            if (postcode != null && !postcode.isBlank()) {
                v.put(CanonicalField.POSTCODE, postcode);
            }
            return toQuery(PARSER.parse(v));
        };
    }

    /** The query for a parsed address. */
    public static AddressQuery toQuery(ParsedAddress a) {
        String postcode = a.postcode() == null ? null
                : a.postcode().valid() ? a.postcode().unit() : a.postcode().normalised();
        return new AddressQuery(a.flat(), a.houseNumber(), a.houseSuffix(), a.houseName(), a.street(),
                a.locality(), a.town(), postcode);
    }
}
