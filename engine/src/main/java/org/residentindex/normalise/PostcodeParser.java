package org.residentindex.normalise;

import java.util.Locale;
import java.util.regex.Matcher;
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
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String compact = raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        Matcher m = SHAPE.matcher(compact);
        if (!m.matches()) {
            return Postcode.invalid(raw, raw.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT));
        }
        String outward = compact.substring(0, compact.length() - 3);
        String inward = compact.substring(compact.length() - 3);
        String unit = outward + " " + inward;
        String area = outward.replaceAll("[0-9].*$", "");
        return new Postcode(raw, unit, true, area, outward, outward + " " + inward.charAt(0), unit);
    }

    /** True when {@code raw} is a valid postcode. */
    public boolean isValid(String raw) {
        Postcode p = normalise(raw);
        return p != null && p.valid();
    }
}
