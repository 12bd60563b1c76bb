package org.residentindex.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.residentindex.model.DateValue;
import org.residentindex.model.NormalisedRecord;
import org.residentindex.model.ParsedAddress;
import org.residentindex.model.Postcode;

/**
 * The one place personal data is turned into text for a report. Masking (the default) shows initials
 * ({@code D. J.}), the year of birth and the postcode district ({@code SA31}); addresses are reduced to their
 * district. Unmasked ({@code --show-personal-data}) shows names, full dates of birth and addresses as held.
 * Immutable and thread-safe.
 */
public final class Masker {

    private static final Masker MASKING = new Masker(true);
    private static final Masker SHOWING = new Masker(false);

    private final boolean masking;

    private Masker(boolean masking) {
        this.masking = masking;
    }

    /** The default: personal data masked. */
    public static Masker masking() {
        return MASKING;
    }

    /** Personal data shown in full. */
    public static Masker showing() {
        return SHOWING;
    }

    /** True when personal data is masked. */
    public boolean isMasking() {
        return masking;
    }

    /** A person's name: initials when masking ({@code D. J.}), else given name and surname as written. */
    public String name(String given, String surname) {
        if (!masking) {
            String full = ((given == null ? "" : given) + " " + (surname == null ? "" : surname)).trim();
            return full.isEmpty() ? "(no name)" : full;
        }
        String initials = (initial(given) + " " + initial(surname)).trim();
        return initials.isEmpty() ? "(no name)" : initials;
    }

    private static String initial(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        // The first letter, so stray punctuation or markup in a name never becomes the "initial".
        java.util.OptionalInt first = name.codePoints().filter(Character::isLetter).findFirst();
        return first.isEmpty() ? "" : new String(Character.toChars(first.getAsInt())).toUpperCase(Locale.ROOT) + ".";
    }

    /** A date of birth: the year when masking, else the full ISO date (or the raw value when not a date). */
    public String dateOfBirth(DateValue dob) {
        if (dob == null || dob.status() == DateValue.Status.MISSING) {
            return "";
        }
        if (masking) {
            return dob.year() == null ? "" : Integer.toString(dob.year());
        }
        return dob.date() != null ? dob.date().toString() : dob.year() != null ? Integer.toString(dob.year()) : "";
    }

    /** A postcode: its district when masking, else the full postcode; blank when absent or invalid. */
    public String postcode(Postcode postcode) {
        if (postcode == null || !postcode.valid()) {
            return "";
        }
        return masking ? postcode.district() : postcode.unit();
    }

    /** An address: the postcode district when masking, else its parts joined. */
    public String address(NormalisedRecord r) {
        Postcode pc = r.postcode() != null ? r.postcode() : r.address().postcode();
        if (masking) {
            String district = postcode(pc);
            return district.isEmpty() ? "(district unknown)" : district;
        }
        ParsedAddress a = r.address();
        List<String> parts = new ArrayList<>();
        add(parts, a.flat());
        add(parts, a.houseNumber() == null ? a.houseName()
                : a.houseNumber() + (a.houseSuffix() == null ? "" : a.houseSuffix()));
        add(parts, a.street());
        add(parts, a.town());
        add(parts, postcode(pc));
        return parts.isEmpty() ? "(no address)" : String.join(", ", parts);
    }

    private static void add(List<String> parts, String part) {
        if (part != null && !part.isBlank()) {
            parts.add(part);
        }
    }

    /** A person: name and date of birth, e.g. {@code D. J. (b. 1984)}. */
    public String person(NormalisedRecord r) {
        String dob = dateOfBirth(r.dateOfBirth());
        String name = name(r.givenNameDisplay(), r.surnameDisplay());
        return dob.isEmpty() ? name : name + " (b. " + dob + ")";
    }

    /** A sentence for the top of a report saying which mode it is in. */
    public String notice() {
        return masking
                ? "Personal data is masked: initials, year of birth and postcode district only."
                  + " Re-run with --show-personal-data to see it in full."
                : "PERSONAL DATA IS SHOWN IN FULL (--show-personal-data). Handle this report as OFFICIAL-SENSITIVE.";
    }
}
