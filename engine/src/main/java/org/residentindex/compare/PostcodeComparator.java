package org.residentindex.compare;

import org.residentindex.score.ComparisonSpec;

/**
 * Compares postcodes. A valid UK postcode is written normalised ({@code SA31 1AB}); anything else is written with
 * a leading {@code ~} ({@code ~4223}) by {@link #encode}. Levels: {@code unit} (the same postcode), {@code sector}
 * ({@code SA31 1}), {@code district} ({@code SA31}), {@code else}. Invalid or foreign codes compare raw: the same
 * text is {@code unit}, anything else {@code else}.
 */
public final class PostcodeComparator implements FieldComparator {

    private static final ComparisonSpec SPEC = ComparisonSpec.of("postcode", "unit", "sector", "district", "else");

    /** The comparable form: the unit when valid, else {@code ~} and the normalised raw text; null when blank. */
    public static String encode(String unit, boolean valid, String normalised) {
        if (valid && unit != null) {
            return unit;
        }
        return normalised == null || normalised.isBlank() ? null : "~" + normalised;
    }

    /** The district of an encoded postcode; for invalid ones the whole raw text. */
    public static String district(String encoded) {
        if (encoded == null) {
            return null;
        }
        int space = encoded.indexOf(' ');
        return encoded.startsWith("~") || space < 0 ? encoded : encoded.substring(0, space);
    }

    @Override
    public ComparisonSpec spec() {
        return SPEC;
    }

    @Override
    public int compare(String left, String right) {
        if (left.equals(right)) {
            return 0;
        }
        if (left.startsWith("~") || right.startsWith("~")) {
            return 3;
        }
        int ls = left.indexOf(' ');
        int rs = right.indexOf(' ');
        if (ls < 0 || rs < 0 || ls != rs || !left.regionMatches(0, right, 0, ls)) {
            return 3;
        }
        return left.length() > ls + 1 && right.length() > rs + 1 && left.charAt(ls + 1) == right.charAt(rs + 1)
                ? 1 : 2;
    }
}
