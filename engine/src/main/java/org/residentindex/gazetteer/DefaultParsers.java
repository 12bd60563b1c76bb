package org.residentindex.gazetteer;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern NUMBER_STREET = Pattern.compile("^([0-9]+)([a-z]?) (.+)$");

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

    /**
     * The query for a parsed address. One repair (the parser is the ingest helper's; reported upstream): a
     * building name that holds a street descriptor ("Flat 1, Llys Myrddin, 5 Lon Penlan") is taken by the parser
     * as the street, pushing the real "number street" line into the locality. When no number was found and the
     * locality starts with one, the "street" is the building name and the locality line is number + street.
     */
    public static AddressQuery toQuery(ParsedAddress a) {
        String postcode = a.postcode() == null ? null
                : a.postcode().valid() ? a.postcode().unit() : a.postcode().normalised();
        Matcher m = a.houseNumber() == null && a.houseName() == null && a.street() != null && a.locality() != null
                ? NUMBER_STREET.matcher(a.locality()) : null;
        if (m != null && m.matches()) {
            String locality = a.unparsed().isEmpty() ? null : a.unparsed().get(0);
            return new AddressQuery(a.flat(), m.group(1), m.group(2).isEmpty() ? null : m.group(2), a.street(),
                    m.group(3), locality, a.town(), postcode);
        }
        return new AddressQuery(a.flat(), a.houseNumber(), a.houseSuffix(), a.houseName(), a.street(),
                a.locality(), a.town(), postcode);
    }
}
