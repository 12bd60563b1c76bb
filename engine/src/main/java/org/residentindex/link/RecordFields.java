package org.residentindex.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.residentindex.compare.AddressComparator;
import org.residentindex.compare.Comparators;
import org.residentindex.compare.FieldValues;
import org.residentindex.compare.PostcodeComparator;
import org.residentindex.model.DateValue;
import org.residentindex.model.NormalisedRecord;
import org.residentindex.model.ParsedAddress;
import org.residentindex.model.PhoneticKeys;
import org.residentindex.model.Postcode;
import org.residentindex.model.Sex;

/**
 * The comparable values of one normalised record: each comparison field's value in the form its comparator reads
 * ({@link Comparators}), and the blocking keys derived from them ({@value #KEY_PREFIX}…). Field order is fixed, so
 * columns and models line up.
 */
public final class RecordFields {

    /** Prefix of blocking-only key columns. */
    public static final String KEY_PREFIX = "key.";

    /** Comparison fields taken from the canonical schema, in model order; "other" columns follow. */
    public static final List<String> CANONICAL_FIELDS = List.of("given_name", "surname", "date_of_birth", "sex",
            "address", "ni_number", "email", "phone", "middle_names");

    private RecordFields() {
    }

    /**
     * Field or key name → value (null when missing), canonical fields first, then other columns, then keys; the
     * record's own UPRN is taken as given.
     */
    public static Map<String, String> of(NormalisedRecord r) {
        return of(r, r.uprn(), null);
    }

    /**
     * As {@link #of(NormalisedRecord)} with the UPRNs linkage uses for the record: {@code uprnValue} the
     * property's (trusted or matched), {@code parentValue} its building's; either may be null.
     */
    public static Map<String, String> of(NormalisedRecord r, Long uprnValue, Long parentValue) {
        Map<String, String> v = new LinkedHashMap<>(64);
        String given = FieldValues.nameWithKeys(r.givenName(), r.givenNameKeys());
        PhoneticKeys sp = r.surnamePhonetic() == null ? PhoneticKeys.none() : r.surnamePhonetic();
        String surname = FieldValues.nameWithPhonetic(r.surname(), distinct(sp.metaphone(), sp.metaphoneAlternate()));
        String dob = dateOf(r.dateOfBirth());
        Postcode pc = r.postcode() != null ? r.postcode() : r.address().postcode();
        String postcode = pc == null ? null : PostcodeComparator.encode(pc.unit(), pc.valid(), pc.normalised());
        ParsedAddress a = r.address();
        v.put("given_name", given);
        v.put("surname", surname);
        v.put("date_of_birth", dob);
        v.put("sex", r.sex() == Sex.MALE ? "m" : r.sex() == Sex.FEMALE ? "f" : null);
        String uprn = uprnValue == null ? null : Long.toString(uprnValue);
        String parent = parentValue == null ? null : Long.toString(parentValue);
        String building = a.houseNumber() == null ? a.houseName()
                : a.houseNumber() + (a.houseSuffix() == null ? "" : a.houseSuffix());
        String number = a.flat() != null && building != null ? a.flat() + " " + building : building;
        String street = a.streetKey() != null ? a.streetKey() : a.street();
        String place = a.locality() != null ? a.locality() : a.townKey() != null ? a.townKey() : a.town();
        v.put("address", AddressComparator.encode(new AddressComparator.Parts(uprn, parent, a.flat(), building, street,
                place, postcode)));
        v.put("ni_number", r.niNumber());
        v.put("email", r.email());
        v.put("phone", r.phone());
        v.put("middle_names", r.middleNames().isEmpty() ? null : String.join(" ", r.middleNames()));
        r.other().forEach((column, value) -> v.put(Comparators.OTHER_PREFIX + column, fold(value)));
        v.put(KEY_PREFIX + "postcode", postcode);
        v.put(KEY_PREFIX + "uprn", uprn);
        v.put(KEY_PREFIX + "house_number", number);
        v.put(KEY_PREFIX + "street", street);
        v.put(KEY_PREFIX + "place", place);
        v.put(KEY_PREFIX + "birth_year", dob == null || dob.length() < 4 ? null : dob.substring(0, 4));
        v.put(KEY_PREFIX + "postcode_district", PostcodeComparator.district(postcode));
        v.put(KEY_PREFIX + "surname", r.surname());
        v.put(KEY_PREFIX + "surname_phonetic", sp.metaphone());
        v.put(KEY_PREFIX + "name_set", r.givenName() == null || r.surname() == null ? null
                : r.givenName().compareTo(r.surname()) < 0 ? r.givenName() + " " + r.surname()
                : r.surname() + " " + r.givenName());
        v.put(KEY_PREFIX + "given_key", r.givenNameKeys().isEmpty() ? r.givenName() : r.givenNameKeys().first());
        return v;
    }

    /** {@code yyyymmdd} for a full date, {@code yyyy} or {@code yyyymm} for a partial one, else null. */
    static String dateOf(DateValue d) {
        if (d == null) {
            return null;
        }
        if (d.isValid()) {
            StringBuilder b = new StringBuilder(8);
            digits(b, d.date().getYear(), 4);
            digits(b, d.date().getMonthValue(), 2);
            return digits(b, d.date().getDayOfMonth(), 2).toString();
        }
        if (d.status() == DateValue.Status.PARTIAL && d.year() != null) {
            StringBuilder b = digits(new StringBuilder(6), d.year(), 4);
            return d.month() == null ? b.toString() : digits(b, d.month(), 2).toString();
        }
        return null;
    }

    /** As {@code String.format(Locale.ROOT, "%0<width>d", n)}: zero-padded to {@code width} digits. */
    private static StringBuilder digits(StringBuilder b, int n, int width) {
        if (n < 0) {
            return b.append(String.format(Locale.ROOT, "%0" + width + "d", n));
        }
        String s = Integer.toString(n);
        for (int i = s.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(s);
    }

    /** Trimmed, lower-cased (root locale), every run of regex {@code \s} characters one space; null when empty. */
    static String fold(String value) {
        if (value == null) {
            return null;
        }
        String t = value.trim().toLowerCase(Locale.ROOT);
        StringBuilder b = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isRegexSpace(c)) {
                int end = i + 1;
                while (end < t.length() && isRegexSpace(t.charAt(end))) {
                    end++;
                }
                if (c != ' ' || end > i + 1) {
                    if (b == null) {
                        b = new StringBuilder(t.length()).append(t, 0, i);
                    }
                    b.append(' ');
                    i = end - 1;
                    continue;
                }
            }
            if (b != null) {
                b.append(c);
            }
        }
        String f = b == null ? t : b.toString();
        return f.isEmpty() ? null : f;
    }

    /** The characters of the regex class {@code \s} (without UNICODE_CHARACTER_CLASS). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static String[] distinct(String a, String b) {
        List<String> codes = new ArrayList<>();
        if (a != null) {
            codes.add(a);
        }
        if (b != null && !b.equals(a)) {
            codes.add(b);
        }
        return codes.toArray(new String[0]);
    }
}
