package org.residentindex.normalise;

import java.util.Locale;
import java.util.regex.Pattern;
import org.residentindex.model.Postcode;

/**
 * Normalises and validates UK postcodes against the official shapes (A9 9AA, A99 9AA, AA9 9AA, AA99 9AA,
 * A9A 9AA, AA9A 9AA and GIR 0AA) with the letter restrictions of the Royal Mail / BS7666 rules: first letter
 * not Q V X, second not I J Z, third (A9A) from ABCDEFGHJKPSTUW, fourth (AA9A) from ABEHMNPRVWXY, inward letters
 * not C I K M O V. Spacing and case do not matter ({@code sa311ab}, {@code SA31  1AB}). An invalid value is kept
 * raw with {@code valid=false}. Never throws; null-safe (blank → null); locale-independent; idempotent on
 * {@link Postcode#normalised()}.
 */
public final class PostcodeParser implements Normaliser<Postcode> {

    private static final Pattern SHAPE = Pattern.compile(
            "^(GIR0AA|([A-PR-UWYZ])([0-9][0-9]?|[A-HK-Y][0-9][0-9]?|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY])"
                    + "([0-9][ABD-HJLNP-UW-Z]{2}))$");

    @Override
    public Postcode normalise(String raw) {
        // only control characters (NULs, say) are as missing as blanks: their normalised text would be empty
        if (raw == null || raw.isBlank() || raw.trim().isEmpty()) {
            return null;
        }
        // trim() as the normalised text's clean() does: a leading NUL or other control character must not make a
        // postcode invalid whose normalised text is valid (found by NormaliserFuzzTest)
        String compact = withoutSpaces(raw.trim()).toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(compact).matches()) {
            String text = Text.clean(raw);
            // a value whose cleaned text is blank is missing, as the blank text itself is
            return text == null || text.isBlank() ? null : Postcode.invalid(raw, text.toUpperCase(Locale.ROOT));
        }
        String outward = compact.substring(0, compact.length() - 3);
        String inward = compact.substring(compact.length() - 3);
        String unit = outward + " " + inward;
        String area = outward.substring(0, firstDigit(outward));
        return new Postcode(raw, unit, true, area, outward, outward + " " + inward.charAt(0), unit);
    }

    /** {@code s} without regex {@code \s} characters (a hand scan: this runs for every row). */
    private static String withoutSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Text.isRegexSpace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** True when {@code s} has 5 to 7 characters other than spaces, as every postcode shape has. */
    private static boolean plausibleLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Text.isRegexSpace(s.charAt(i)) && ++n > 7) {
                return false;
            }
        }
        return n >= 5;
    }

    /** Index of the first digit in {@code s}, or its length. */
    private static int firstDigit(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
            i++;
        }
        return i;
    }

    /** True when {@code raw} is a valid postcode. */
    public boolean isValid(String raw) {
        if (raw == null || !plausibleLength(raw)) {
            return false;
        }
        return SHAPE.matcher(withoutSpaces(raw.trim()).toUpperCase(Locale.ROOT)).matches();
    }

    /** {@link #normalise} when {@code raw} is a valid postcode, else null (no invalid value is built). */
    Postcode validOrNull(String raw) {
        return isValid(raw) ? normalise(raw) : null;
    }
}
