package org.residentindex.dataaudit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Classifies one written value into the format code a standard can name: the date pattern it was written in
 * ({@code dd/MM/yyyy}), its case ({@code upper}, {@code lower}, {@code capitalised}, {@code mixed}), a postcode's
 * spacing, the coding of sex, the layout of an NI number. Codes are stable strings; {@link #OTHER} is anything
 * else. Pure and thread-safe; {@code Locale.ROOT} throughout.
 */
public final class Formats {

    /** A value that fits none of the known formats. */
    public static final String OTHER = "other";

    /**
     * Date patterns tried in order; the first that parses strictly names the value's format. UK day-first patterns
     * come before the US month-first one, so "03/04/1980" counts as dd/MM/yyyy (it is read that way in the UK).
     */
    static final List<String> DATE_PATTERNS = List.of("dd/MM/yyyy", "yyyy-MM-dd", "d-MMM-yy", "dd-MMM-yyyy",
            "dd-MM-yyyy", "dd.MM.yyyy", "d/M/yyyy", "yyyyMMdd", "dd MMM yyyy", "d MMMM yyyy", "dd/MM/yy",
            "MM/dd/yyyy");

    /** Per pattern, month names of {@code Locale.ROOT} ("Sep") and of the UK ("Sept"); both occur in files. */
    private static final List<List<DateTimeFormatter>> DATE_FORMATTERS = DATE_PATTERNS.stream()
            .map(p -> List.of(formatter(p, Locale.ROOT), formatter(p, Locale.UK)))
            .toList();

    private static final Pattern POSTCODE_SPACED = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}");
    private static final Pattern POSTCODE_COMPACT = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}");
    private static final Pattern NI_COMPACT = Pattern.compile("[A-Z]{2}[0-9]{6}[A-D]");
    private static final Pattern NI_SPACED = Pattern.compile("[A-Z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]");

    private Formats() {
    }

    private static DateTimeFormatter formatter(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive()
                .appendPattern(pattern.replace("yyyy", "uuuu").replace("yy", "uu"))
                .toFormatter(locale).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The first pattern of {@link #DATE_PATTERNS} that parses {@code value} strictly, or {@link #OTHER}. */
    public static String date(String value) {
        String v = value.trim();
        for (int i = 0; i < DATE_PATTERNS.size(); i++) {
            if (parse(v, i) != null) {
                return DATE_PATTERNS.get(i);
            }
        }
        return OTHER;
    }

    /** {@code value} parsed with {@code pattern}, one of {@link #DATE_PATTERNS} that {@link #date} returned. */
    public static LocalDate parse(String value, String pattern) {
        return parse(value.trim(), DATE_PATTERNS.indexOf(pattern));
    }

    private static LocalDate parse(String v, int pattern) {
        for (DateTimeFormatter f : DATE_FORMATTERS.get(pattern)) {
            try {
                return LocalDate.parse(v, f);
            } catch (DateTimeParseException e) {
                // try the other month names, then the next pattern
            }
        }
        return null;
    }

    /**
     * {@code upper} when every letter is upper case, {@code lower} when every letter is lower case,
     * {@code capitalised} when the first word starts with a capital and no word of two or more letters is all
     * capitals ("Heol y Bryn", "McDonald", "O'Brien"), else {@code mixed} ("JONES, Siân"). Null when no letters.
     */
    public static String letterCase(String value) {
        boolean anyUpper = false;
        boolean anyLower = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            anyUpper |= Character.isUpperCase(c);
            anyLower |= Character.isLowerCase(c);
        }
        if (!anyUpper && !anyLower) {
            return null;
        }
        if (!anyLower) {
            return "upper";
        }
        if (!anyUpper) {
            return "lower";
        }
        String[] words = value.split("[^\\p{L}]+");
        boolean first = true;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (first && !Character.isUpperCase(w.charAt(0))) {
                return "mixed";
            }
            first = false;
            if (w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT))) {
                return "mixed";
            }
        }
        return "capitalised";
    }

    /** {@code upper_spaced} ("SA31 1AB"), {@code upper_compact} ("SA311AB"), {@code lower} or {@link #OTHER}. */
    public static String postcode(String value) {
        String v = value.trim();
        if (POSTCODE_SPACED.matcher(v).matches()) {
            return "upper_spaced";
        }
        if (POSTCODE_COMPACT.matcher(v).matches()) {
            return "upper_compact";
        }
        String upper = v.toUpperCase(Locale.ROOT);
        if (!upper.equals(v)
                && (POSTCODE_SPACED.matcher(upper).matches() || POSTCODE_COMPACT.matcher(upper).matches())) {
            return "lower";
        }
        return OTHER;
    }

    /** {@code letter} (M/F/U/X), {@code word} (Male/Female), {@code digit} (1/2/0/9) or {@link #OTHER}. */
    public static String sex(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "m", "f", "u", "x" -> "letter";
            case "male", "female", "unknown", "other", "not known" -> "word";
            case "0", "1", "2", "9" -> "digit";
            default -> OTHER;
        };
    }

    /** {@code compact} ("AB123456C"), {@code spaced} ("AB 12 34 56 C") or {@link #OTHER}. */
    public static String niNumber(String value) {
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (NI_COMPACT.matcher(v).matches()) {
            return "compact";
        }
        return NI_SPACED.matcher(v).matches() ? "spaced" : OTHER;
    }
}
