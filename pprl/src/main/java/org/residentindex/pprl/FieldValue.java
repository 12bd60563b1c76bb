package org.residentindex.pprl;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.residentindex.ResidentIndexException;
import org.residentindex.model.DateValue;
import org.residentindex.model.NormalisedRecord;
import org.residentindex.model.ParsedAddress;
import org.residentindex.model.Postcode;
import org.residentindex.model.Sex;

/**
 * The value of one schema feature of a normalised record, in the form that is q-grammed: the engine's folded
 * forms (lower case, {@code Locale.ROOT}, diacritics removed), so two partners who normalise with rix encode the
 * same person's values alike. Null when missing.
 */
public final class FieldValue {

    /** Identifiers a schema feature may name, besides {@code other.COLUMN}. */
    public static final List<String> NAMES = List.of("given_name", "surname", "middle_names", "date_of_birth", "sex",
            "postcode", "address", "place", "ni_number", "email", "phone");

    /** Prefix of a feature taken from an unmapped column. */
    public static final String OTHER = "other.";

    private FieldValue() {
    }

    static void check(String identifier) {
        if (identifier == null || !(NAMES.contains(identifier)
                || identifier.startsWith(OTHER) && identifier.length() > OTHER.length())) {
            throw new ResidentIndexException("Unknown feature '" + identifier + "': use one of " + NAMES
                    + " or other.COLUMN");
        }
    }

    /** The value of {@code identifier} in {@code r}, or null. */
    public static String of(NormalisedRecord r, String identifier) {
        ParsedAddress a = r.address();
        return switch (identifier) {
            case "given_name" -> blankToNull(r.givenName());
            case "surname" -> blankToNull(r.surname());
            case "middle_names" -> r.middleNames().isEmpty() ? null : String.join(" ", r.middleNames());
            case "date_of_birth" -> date(r.dateOfBirth());
            case "sex" -> r.sex() == Sex.MALE ? "m" : r.sex() == Sex.FEMALE ? "f" : null;
            case "postcode" -> postcode(r.postcode() != null ? r.postcode() : a.postcode());
            case "address" -> addressLine(a);
            case "place" -> blankToNull(a.locality() != null ? a.locality() : a.townKey() != null ? a.townKey()
                    : a.town());
            case "ni_number" -> blankToNull(r.niNumber());
            case "email" -> blankToNull(r.email());
            case "phone" -> blankToNull(r.phone());
            default -> {
                String v = r.other().get(identifier.substring(OTHER.length()));
                yield v == null ? null : blankToNull(v.trim().toLowerCase(Locale.ROOT));
            }
        };
    }

    /** {@code yyyymmdd} for a full date; {@code yyyy} or {@code yyyymm} for a partial one. */
    static String date(DateValue d) {
        if (d == null) {
            return null;
        }
        if (d.isValid()) {
            LocalDate x = d.date();
            return String.format(Locale.ROOT, "%04d%02d%02d", x.getYear(), x.getMonthValue(), x.getDayOfMonth());
        }
        if (d.status() == DateValue.Status.PARTIAL && d.year() != null) {
            return d.month() == null ? String.format(Locale.ROOT, "%04d", d.year())
                    : String.format(Locale.ROOT, "%04d%02d", d.year(), d.month());
        }
        return null;
    }

    /** The full postcode without its space, lower case; an invalid one as written (folded). */
    static String postcode(Postcode p) {
        if (p == null) {
            return null;
        }
        String v = p.valid() ? p.unit() : p.normalised();
        return v == null ? null : blankToNull(v.replace(" ", "").toLowerCase(Locale.ROOT));
    }

    /** Flat, house number (with suffix) or name, and street: {@code "flat 2 14b high street"}. */
    static String addressLine(ParsedAddress a) {
        StringBuilder b = new StringBuilder();
        append(b, a.flat());
        append(b, a.houseNumber() == null ? a.houseName()
                : a.houseNumber() + (a.houseSuffix() == null ? "" : a.houseSuffix()));
        append(b, a.street());
        return b.length() == 0 ? null : b.toString();
    }

    private static void append(StringBuilder b, String part) {
        if (part != null && !part.isBlank()) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(part.trim());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
