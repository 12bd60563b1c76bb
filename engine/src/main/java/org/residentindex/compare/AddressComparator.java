package org.residentindex.compare;

import org.residentindex.score.ComparisonSpec;

/**
 * Compares whole addresses, postcode included, encoded by {@link #encode} as {@code uprn|number|street|place|postcode}
 * (the postcode as {@link PostcodeComparator#encode} writes it). One field, not one per part: house number, street,
 * locality and postcode agree together for everyone at an address, so scoring them as independent fields would
 * count one piece of household evidence several times and link household members on the address alone. Levels:
 * <ol start="0">
 *   <li>{@code same}: the same UPRN; or, without UPRNs on both sides, the same house number (or name) on the same
 *       (or Jaro–Winkler-close, ≥ {@value #STREET_THRESHOLD}) street or in the same postcode unit;</li>
 *   <li>{@code street}: the same or a close street, or the same postcode unit, but not the same number;</li>
 *   <li>{@code area}: the same postcode sector or the same locality/town;</li>
 *   <li>{@code else}.</li>
 * </ol>
 * Two different UPRNs are {@code else}: the gazetteer says these are different properties.
 */
public final class AddressComparator implements FieldComparator {

    /** Jaro–Winkler similarity at which two street names count as the same street. */
    public static final double STREET_THRESHOLD = 0.9;

    private static final ComparisonSpec SPEC = ComparisonSpec.of("address", "same", "street", "area", "else");
    private static final PostcodeComparator POSTCODES = new PostcodeComparator();

    /** The encoded address, or null when no part is present. Parts are normalised text or null. */
    public static String encode(String uprn, String number, String street, String place, String postcode) {
        if (uprn == null && number == null && street == null && place == null && postcode == null) {
            return null;
        }
        return part(uprn) + '|' + part(number) + '|' + part(street) + '|' + part(place) + '|' + part(postcode);
    }

    private static String part(String s) {
        return s == null ? "" : s.replace('|', ' ');
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
        String[] a = parts(left);
        String[] b = parts(right);
        if (!a[0].isEmpty() && !b[0].isEmpty()) {
            return a[0].equals(b[0]) ? 0 : 3;
        }
        int postcode = a[4].isEmpty() || b[4].isEmpty() ? 3 : POSTCODES.level(a[4], b[4]);
        boolean sameStreet = !a[2].isEmpty() && !b[2].isEmpty() && (a[2].equals(b[2])
                || JaroWinklerBound.similarity(a[2], b[2], STREET_THRESHOLD) >= STREET_THRESHOLD);
        if (sameStreet || postcode == 0) {
            return !a[1].isEmpty() && a[1].equals(b[1]) ? 0 : 1;
        }
        return postcode == 1 || !a[3].isEmpty() && a[3].equals(b[3]) ? 2 : 3;
    }

    /** The five parts of an encoded address (a plain scan: this runs once per distinct address pair). */
    private static String[] parts(String encoded) {
        String[] parts = new String[5];
        int from = 0;
        for (int i = 0; i < 4; i++) {
            int bar = encoded.indexOf('|', from);
            parts[i] = encoded.substring(from, bar);
            from = bar + 1;
        }
        parts[4] = encoded.substring(from);
        return parts;
    }

}
