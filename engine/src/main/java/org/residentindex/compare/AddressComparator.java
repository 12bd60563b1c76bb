package org.residentindex.compare;

import org.residentindex.score.ComparisonSpec;

/**
 * Compares whole addresses, postcode included, encoded by {@link #encode} as
 * {@code uprn|parent|flat|number|street|place|postcode} (the postcode as {@link PostcodeComparator#encode} writes
 * it). One field, not one per part: house number, street, locality and postcode agree together for everyone at an
 * address, so scoring them as independent fields would count one piece of household evidence several times and
 * link household members on the address alone. Levels:
 * <ol start="0">
 *   <li>{@code same}: the same UPRN; or, without UPRNs on both sides, the same flat and house number (or name) on
 *       the same (or Jaro–Winkler-close, ≥ {@value #STREET_THRESHOLD}) street or in the same postcode unit;</li>
 *   <li>{@code building}: the same building but not (known to be) the same flat: different UPRNs under one parent
 *       UPRN (or one the other's parent), a parent UPRN only on one side; or, from the text, the same house number
 *       on the same street with different (or one missing) flat;</li>
 *   <li>{@code street}: the same or a close street, or the same postcode unit, but not the same number;</li>
 *   <li>{@code area}: the same postcode sector or the same locality/town;</li>
 *   <li>{@code else}.</li>
 * </ol>
 * Two different UPRNs (or buildings) are {@code else} unless they share a building: the gazetteer says these are
 * different properties.
 */
public final class AddressComparator implements FieldComparator {

    /** Jaro–Winkler similarity at which two street names count as the same street. */
    public static final double STREET_THRESHOLD = 0.9;

    private static final int SAME = 0;
    private static final int BUILDING = 1;
    private static final int STREET = 2;
    private static final int AREA = 3;
    private static final int ELSE = 4;
    private static final int PARTS = 7;

    private static final ComparisonSpec SPEC = ComparisonSpec.of("address", "same", "building", "street", "area",
            "else");
    private static final PostcodeComparator POSTCODES = new PostcodeComparator();

    /**
     * The parts of an address as linkage compares them; each is normalised text or null.
     *
     * @param uprn     the property's UPRN (given and trusted, or matched)
     * @param parent   the building's UPRN (for flats, or when only the building matched)
     * @param flat     flat or unit within the building
     * @param number   house number with suffix, or house name
     * @param street   street (key form)
     * @param place    locality or town
     * @param postcode the postcode as {@link PostcodeComparator#encode} writes it
     */
    public record Parts(String uprn, String parent, String flat, String number, String street, String place,
            String postcode) {
    }

    /** The encoded address, or null when no part is present. */
    public static String encode(Parts p) {
        if (p.uprn() == null && p.parent() == null && p.number() == null && p.street() == null && p.place() == null
                && p.postcode() == null) {
            return null;
        }
        return part(p.uprn()) + '|' + part(p.parent()) + '|' + part(p.flat()) + '|' + part(p.number()) + '|'
                + part(p.street()) + '|' + part(p.place()) + '|' + part(p.postcode());
    }

    /** The encoded address of a property without parent or flat, or null when no part is present. */
    public static String encode(String uprn, String number, String street, String place, String postcode) {
        return encode(new Parts(uprn, null, null, number, street, place, postcode));
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
            return SAME;
        }
        String[] a = parts(left);
        String[] b = parts(right);
        if (!a[0].isEmpty() && !b[0].isEmpty()) {
            return a[0].equals(b[0]) ? SAME : building(a).equals(building(b)) ? BUILDING : ELSE;
        }
        if (!building(a).isEmpty() && !building(b).isEmpty()) {
            // one side knows only its building (parent_only): the same building, the flat unknown
            return building(a).equals(building(b)) ? BUILDING : ELSE;
        }
        int postcode = a[6].isEmpty() || b[6].isEmpty() ? 3 : POSTCODES.level(a[6], b[6]);
        boolean sameStreet = !a[4].isEmpty() && !b[4].isEmpty() && (a[4].equals(b[4])
                || JaroWinklerBound.similarity(a[4], b[4], STREET_THRESHOLD) >= STREET_THRESHOLD);
        if (sameStreet || postcode == 0) {
            if (a[3].isEmpty() || !a[3].equals(b[3])) {
                return STREET;
            }
            return a[2].equals(b[2]) ? SAME : BUILDING;
        }
        return postcode == 1 || !a[5].isEmpty() && a[5].equals(b[5]) ? AREA : ELSE;
    }

    /** The building's UPRN: the parent when known, else the property's own (empty when neither). */
    private static String building(String[] parts) {
        return parts[1].isEmpty() ? parts[0] : parts[1];
    }

    /** The parts of an encoded address (a plain scan: this runs once per distinct address pair). */
    private static String[] parts(String encoded) {
        String[] parts = new String[PARTS];
        int from = 0;
        for (int i = 0; i < PARTS - 1; i++) {
            int bar = encoded.indexOf('|', from);
            parts[i] = encoded.substring(from, bar);
            from = bar + 1;
        }
        parts[PARTS - 1] = encoded.substring(from);
        return parts;
    }

}
