package org.residentindex.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.residentindex.ingest.recognise.HeaderRecogniser;
import org.residentindex.model.CanonicalField;

/**
 * The canonical fields as a user sees them: each key with what it holds and header examples that map to it
 * automatically, for {@code rix fields}, the README table and every "unknown field" error (which lists the valid
 * keys and suggests the nearest one). Immutable.
 */
public final class FieldCatalogue {

    /** One field: its key, what it holds, and example headers recognised as it. */
    public record Entry(CanonicalField field, String description, String examples) {

        /** The snake_case key. */
        public String key() {
            return field.key();
        }
    }

    private static final Map<CanonicalField, Entry> ENTRIES = entries();

    private FieldCatalogue() {
    }

    /** Every field, in canonical order. */
    public static List<Entry> all() {
        return List.copyOf(ENTRIES.values());
    }

    /** The valid keys, in canonical order. */
    public static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (CanonicalField f : CanonicalField.values()) {
            keys.add(f.key());
        }
        return keys;
    }

    /**
     * The nearest valid key to {@code key}: the field a header of that name is recognised as ({@code name} →
     * {@code full_name}), else the key at the smallest edit distance; null when nothing is close.
     */
    public static String nearest(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        CanonicalField byHeader = HeaderRecogniser.field(key);
        if (byHeader != null) {
            return byHeader.key();
        }
        LevenshteinDistance d = LevenshteinDistance.getDefaultInstance();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String wanted = key.trim().toLowerCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (String k : keys()) {
            int distance = d.apply(wanted, k);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = k;
            }
        }
        return bestDistance <= Math.max(2, wanted.length() / 3) ? best : null;
    }

    /** "unknown canonical field 'X' in SETTING; did you mean 'Y'? valid fields: ..." */
    public static String unknownFieldMessage(String key, String setting) {
        String nearest = nearest(key);
        return "unknown canonical field '" + key + "' in " + setting
                + (nearest == null ? "" : "; did you mean '" + nearest + "'?") + " Valid fields: "
                + String.join(", ", keys()) + " (see rix fields)";
    }

    private static Map<CanonicalField, Entry> entries() {
        Map<CanonicalField, Entry> m = new EnumMap<>(CanonicalField.class);
        put(m, CanonicalField.RECORD_ID, "the record's own reference, unique in its file",
                "id, account_ref, tenant_ref, elector_number, Cyfeirnod");
        put(m, CanonicalField.TITLE, "Mr, Mrs, Ms, Dr, Parch ...", "title, salutation, teitl");
        put(m, CanonicalField.GIVEN_NAME, "first given name (extra words become middle names)",
                "forename, first name, christian name, fname, given, child_forename, Enw Cyntaf");
        put(m, CanonicalField.MIDDLE_NAMES, "middle names, space separated", "middle_names, other forenames");
        put(m, CanonicalField.SURNAME, "family name", "surname, last name, family name, elector_surname, Cyfenw");
        put(m, CanonicalField.FULL_NAME, "a whole name, split into title, given, middle and surname"
                + " (\"SURNAME, Forename\" is split at the comma)", "name, full name, Tenant Name, client_name, Enw");
        put(m, CanonicalField.DATE_OF_BIRTH, "date of birth, many formats (day first)",
                "dob, D.O.B, birth date, child_dob, Dyddiad Geni");
        put(m, CanonicalField.SEX, "M / F / Male / Female / Gwryw / Benyw ...", "sex, gender, rhyw");
        put(m, CanonicalField.ADDRESS, "a whole address in one column", "address, home address, Cyfeiriad");
        put(m, CanonicalField.ADDRESS_1, "address line 1", "address_1, address line 1, addr1");
        put(m, CanonicalField.ADDRESS_2, "address line 2", "address_2, address line 2, addr2");
        put(m, CanonicalField.ADDRESS_3, "address line 3", "address_3, address line 3, addr3");
        put(m, CanonicalField.ADDRESS_4, "address line 4", "address_4, address line 4, addr4");
        put(m, CanonicalField.ADDRESS_5, "address line 5", "address_5, address line 5, addr5");
        put(m, CanonicalField.FLAT, "flat or sub-building", "flat, flat no, sub building");
        put(m, CanonicalField.HOUSE_NUMBER, "house number (a name here is read as a house name)",
                "house number, house no/name, paon");
        put(m, CanonicalField.HOUSE_NAME, "house or building name", "house name, building name");
        put(m, CanonicalField.STREET, "street", "street, road, thoroughfare, stryd");
        put(m, CanonicalField.LOCALITY, "locality or village", "locality, area, village");
        put(m, CanonicalField.TOWN, "post town", "town, post town, tref");
        put(m, CanonicalField.POSTCODE, "UK postcode", "postcode, post code, pcode, Cod Post");
        put(m, CanonicalField.UPRN, "Unique Property Reference Number (checked against the gazetteer)",
                "uprn, property_uprn, Property Reference (when its values are UPRNs)");
        put(m, CanonicalField.NI_NUMBER, "National Insurance number", "ni_number, NINO, NI No");
        put(m, CanonicalField.EMAIL, "e-mail address", "email, e-mail, ebost");
        put(m, CanonicalField.PHONE, "phone number", "phone, telephone, tel no, mobile, ffon");
        return m;
    }

    private static void put(Map<CanonicalField, Entry> m, CanonicalField f, String description, String examples) {
        m.put(f, new Entry(f, description, examples));
    }
}
