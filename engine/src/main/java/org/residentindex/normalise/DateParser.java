package org.residentindex.normalise;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.text.ParsePosition;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.residentindex.model.DateValue;

/**
 * Parses dates of birth written many ways: {@code dd/MM/yyyy}, {@code d-M-yy}, {@code yyyy-MM-dd},
 * {@code yyyyMMdd}, {@code ddMMyyyy}, {@code 3 Jan 1980}, {@code 03-JAN-80}, Welsh month names
 * ({@code 3 Ionawr 1980}), a trailing time ({@code 1980-01-03T00:00:00}, {@code 03/01/1980 00:00}), and partial
 * dates ({@code 1980}, {@code 01/1980}). Numeric dates are read day-first (UK). A two-digit year is a birth
 * year: it is in the current century unless that would be after the reference year. Impossible dates (31/02),
 * years before 1850 and dates after the reference date are {@code INVALID} with a reason that never repeats
 * the value. A date whose day and month are both ≤ 12 and differ is flagged ambiguous. An optional
 * {@link DateTimeFormatter} pattern (the source's {@code date_format}) is tried first. Never throws;
 * null-safe; locale-independent; thread-safe.
 */
public final class DateParser implements Normaliser<DateValue> {

    private static final int MIN_YEAR = 1850;
    private static final Pattern TIME = Pattern.compile("[ t]\\d{1,2}:\\d{2}(:\\d{2}([.,]\\d+)?)?(z|[+-]\\d{2}:?\\d{2})?$");
    private static final Pattern ORDINAL = Pattern.compile("(?<=[0-9])(st|nd|rd|th)\\b");
    private static final Pattern TOKENS = Pattern.compile("\\d+|[a-z]+");
    private static final Map<String, Integer> MONTHS = months();

    private final LocalDate reference;
    private final DateTimeFormatter hint;
    private final boolean hintTwoDigitYear;

    /** A parser that rejects dates after {@code reference} and tries {@code hintPattern} (may be null) first. */
    public DateParser(LocalDate reference, String hintPattern) {
        this.reference = reference;
        this.hint = hintPattern == null || hintPattern.isBlank() ? null
                : new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(hintPattern.replace('y', 'u'))
                        .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
        this.hintTwoDigitYear = hint != null && !hintPattern.contains("yyy") && !hintPattern.contains("uuu");
    }

    /** A parser with today's date as reference and no hint. */
    public DateParser() {
        this(LocalDate.now(ZoneOffset.UTC), null);
    }

    @Override
    public DateValue normalise(String raw) {
        String s = Text.fold(raw);
        if (s == null) {
            return DateValue.missing();
        }
        String trimmed = raw.trim();
        if (hint != null && fitsHint(trimmed)) {
            try {
                LocalDate d = LocalDate.parse(trimmed, hint);
                int year = hintTwoDigitYear ? twoDigitYear(d.getYear() % 100) : d.getYear();
                return checked(trimmed, year, d.getMonthValue(), d.getDayOfMonth(), true);
            } catch (DateTimeParseException e) {
                // fall through to the general formats
            }
        }
        if (s.indexOf(':') >= 0) {
            s = TIME.matcher(s).replaceFirst("");
        }
        if (hasLetter(s)) {
            s = ORDINAL.matcher(s).replaceAll("");
        }
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKENS.matcher(s);
        while (m.find()) {
            tokens.add(m.group());
        }
        return parseTokens(trimmed, tokens);
    }

    private DateValue parseTokens(String raw, List<String> t) {
        if (t.size() == 1 && isDigits(t.get(0))) {
            return compact(raw, t.get(0));
        }
        if (t.size() == 2 && isDigits(t.get(1)) && t.get(1).length() == 4) {
            Integer month = month(t.get(0));
            if (month == null || month < 1 || month > 12) {
                return DateValue.invalid(raw, "unrecognised date format");
            }
            return partial(raw, Integer.parseInt(t.get(1)), month);
        }
        if (t.size() != 3) {
            return DateValue.invalid(raw, "unrecognised date format");
        }
        String a = t.get(0);
        String b = t.get(1);
        String c = t.get(2);
        if (isDigits(a) && a.length() == 4) {
            return numeric(raw, a, month(b), c, !isDigits(b));
        }
        if (!isDigits(a) && isDigits(b) && isDigits(c)) {
            return numeric(raw, c, month(a), b, true);
        }
        return numeric(raw, c, month(b), a, !isDigits(b));
    }

    private DateValue numeric(String raw, String yearText, Integer month, String dayText, boolean namedMonth) {
        if (month == null || !isDigits(yearText) || !isDigits(dayText) || dayText.length() > 2) {
            return DateValue.invalid(raw, "unrecognised date format");
        }
        int year = year(yearText);
        if (year < 0) {
            return DateValue.invalid(raw, "unrecognised year");
        }
        return checked(raw, year, month, Integer.parseInt(dayText), namedMonth);
    }

    private DateValue compact(String raw, String digits) {
        if (digits.length() == 4) {
            return partial(raw, Integer.parseInt(digits), null);
        }
        if (digits.length() == 8) {
            int head = Integer.parseInt(digits.substring(0, 4));
            if (head >= MIN_YEAR && head <= reference.getYear()) {
                return checked(raw, head, Integer.parseInt(digits.substring(4, 6)),
                        Integer.parseInt(digits.substring(6, 8)), false);
            }
            return checked(raw, Integer.parseInt(digits.substring(4, 8)), Integer.parseInt(digits.substring(2, 4)),
                    Integer.parseInt(digits.substring(0, 2)), false);
        }
        if (digits.length() == 6) {
            return checked(raw, year(digits.substring(4, 6)), Integer.parseInt(digits.substring(2, 4)),
                    Integer.parseInt(digits.substring(0, 2)), false);
        }
        return DateValue.invalid(raw, "unrecognised date format");
    }

    private DateValue partial(String raw, int year, Integer month) {
        if (year < MIN_YEAR || year > reference.getYear()) {
            return DateValue.invalid(raw, "year out of range");
        }
        return DateValue.partial(raw, year, month);
    }

    private DateValue checked(String raw, int year, int month, int day, boolean namedMonth) {
        if (year < MIN_YEAR) {
            return DateValue.invalid(raw, "year before " + MIN_YEAR);
        }
        if (month < 1 || month > 12) {
            return DateValue.invalid(raw, "month out of range");
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return DateValue.invalid(raw, "impossible day for the month");
        }
        if (date.isAfter(reference)) {
            return DateValue.invalid(raw, "date in the future");
        }
        boolean ambiguous = !namedMonth && day <= 12 && month <= 12 && day != month;
        return DateValue.of(raw, date, ambiguous);
    }

    /**
     * True when the hint's fields parse the whole of {@code text} (without resolving): a value of another shape
     * is rejected here, without the cost of a {@link DateTimeParseException}.
     */
    private boolean fitsHint(String text) {
        ParsePosition position = new ParsePosition(0);
        return hint.parseUnresolved(text, position) != null && position.getErrorIndex() < 0
                && position.getIndex() == text.length();
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 'a' && s.charAt(i) <= 'z') {
                return true;
            }
        }
        return false;
    }

    /** {@link #year} of a two-digit year 0–99. */
    private int twoDigitYear(int yy) {
        int century = reference.getYear() / 100 * 100;
        int y = century + yy;
        return y > reference.getYear() ? y - 100 : y;
    }

    /** A 4-digit year as is; a 2-digit year in the reference century unless that is after the reference year. */
    private int year(String text) {
        if (text.length() == 4) {
            return Integer.parseInt(text);
        }
        if (text.length() != 2) {
            return -1;
        }
        return twoDigitYear(Integer.parseInt(text));
    }

    private static Integer month(String token) {
        if (isDigits(token)) {
            return token.length() <= 2 ? Integer.parseInt(token) : null;
        }
        return MONTHS.get(token);
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new java.util.HashMap<>();
        String[][] names = {
            {"january", "jan", "ionawr", "ion"}, {"february", "feb", "chwefror", "chwef"},
            {"march", "mar", "mawrth", "maw"}, {"april", "apr", "ebrill", "ebr"}, {"may", "mai"},
            {"june", "jun", "mehefin", "meh"}, {"july", "jul", "gorffennaf", "gorff"},
            {"august", "aug", "awst"}, {"september", "sep", "sept", "medi"}, {"october", "oct", "hydref", "hyd"},
            {"november", "nov", "tachwedd", "tach"}, {"december", "dec", "rhagfyr", "rhag"}};
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                m.put(n, i + 1);
            }
        }
        return Map.copyOf(m);
    }
}
