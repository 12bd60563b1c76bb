package org.residentindex.normalise;

import java.util.Locale;
import java.util.regex.Pattern;
import org.residentindex.model.Sex;

/**
 * Small normalisers for identifiers and contact details. All are null-safe (blank → null or
 * {@link Sex#UNKNOWN}), idempotent and locale-independent.
 */
public final class Identifiers {

    private static final Pattern UPRN = Pattern.compile("^[0-9]{1,12}$");
    private static final Pattern NI_SEPARATORS = Pattern.compile("[\\s-]");
    private static final Pattern NINO = Pattern.compile("^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]?$");

    private Identifiers() {
    }

    /** The UPRN as a number when it is 1–12 digits (leading zeros and a trailing ".0" from spreadsheets allowed), else null. */
    public static Long uprn(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.trim();
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        return UPRN.matcher(s).matches() ? Long.valueOf(s) : null;
    }

    /** Upper case without spaces; null when blank. */
    public static String niNumber(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return NI_SEPARATORS.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** True when a normalised NI number has the official shape (two prefix letters, six digits, A–D suffix). */
    public static boolean isValidNiNumber(String normalised) {
        return normalised != null && NINO.matcher(normalised).matches();
    }

    /** Trimmed and lower case ({@code Locale.ROOT}); null when blank. */
    public static String email(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim().toLowerCase(Locale.ROOT);
    }

    /** Digits only, with an international +44 / 0044 prefix turned into a leading 0; null when no digits. */
    public static String phone(String raw) {
        if (raw == null) {
            return null;
        }
        String digits = Text.keepRange(raw, '0', '9');
        if (raw.trim().startsWith("+44") || digits.startsWith("0044")) {
            String national = digits.substring(digits.startsWith("0044") ? 4 : 2);
            digits = "0" + (national.startsWith("0") ? national.substring(1) : national);
        }
        return digits.isEmpty() ? null : digits;
    }

    /** M / Male / Gwryw → MALE, F / Female / Benyw → FEMALE, X / Other / Non-binary → OTHER, else UNKNOWN. */
    public static Sex sex(String raw) {
        String f = Text.foldWords(raw);
        if (f == null) {
            return Sex.UNKNOWN;
        }
        return switch (f) {
            case "m", "male", "man", "gwryw", "g", "boy" -> Sex.MALE;
            case "f", "female", "woman", "benyw", "b", "girl" -> Sex.FEMALE;
            case "x", "o", "other", "non binary", "nonbinary", "i", "indeterminate" -> Sex.OTHER;
            default -> Sex.UNKNOWN;
        };
    }
}
