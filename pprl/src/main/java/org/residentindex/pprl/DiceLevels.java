package org.residentindex.pprl;

import java.util.ArrayList;
import java.util.List;
import org.residentindex.score.ComparisonSpec;

/**
 * Dice similarity bands as Fellegi–Sunter comparison levels, one comparison per schema segment: identical
 * segments (Dice 1: the same normalised value, bar a hash collision), then Dice at or above each of
 * {@link #BANDS}, then "else"; the null level when the segment is empty on either side (the value is missing).
 * A comparator in the engine's sense: it returns a level index, and the model holds the weights.
 */
public final class DiceLevels {

    /**
     * Lower edges of the fuzzy bands. A one-letter typo in a 6-letter name changes 2–3 of its 7 bigrams: Dice
     * about 0.6–0.75 on a half-full segment; a transposition about 0.7–0.85. Bands of 0.1 from 0.9 down to 0.6
     * separate these from unrelated values (Dice of unrelated names on half-full segments: 0.3–0.5), and EM then
     * learns how much each band is worth per field.
     */
    static final double[] BANDS = {0.9, 0.8, 0.7, 0.6};

    private DiceLevels() {
    }

    /**
     * The interaction comparison, as the engine's plaintext model has it: when the address segments are identical,
     * the surname's level moves here (and the surname's own comparison is null), so "same surname at the same
     * address" — a household, often not one person — gets its own, smaller, weight instead of the surname's full
     * weight on top of the address's.
     */
    public static final String SURNAME_AT_ADDRESS = "surname_at_address";

    /** Labels of the combined address comparison (see {@link Layout}). */
    static final List<String> ADDRESS_LEVELS = List.of("address=1,postcode=1", "address=1",
            "address>=0.8,postcode=1", "postcode=1", "address>=0.8", "postcode>=0.8|place=1", "else");

    /**
     * How segments become comparisons. Every segment is one comparison of Dice bands, except that the postcode
     * and place segments, when an address segment exists, join it in one address comparison (as the engine's
     * plaintext address comparator joins street, number, town and postcode): the three say the same thing —
     * where someone lives — and as three comparisons counted a household three times over (on the generated
     * county, pairs of different people at one address, both names disagreeing, still scored +5 bits).
     *
     * @param fields      comparison names in vector order
     * @param segmentOf   comparison → its segment, or −1 for the combined address comparison
     * @param address     the address, postcode and place segments (−1 when absent), or null without an address
     * @param addressAt   index of the address comparison, or −1
     * @param surname     surname segment and comparison index, or −1
     * @param interaction index of {@link #SURNAME_AT_ADDRESS}, or −1
     */
    record Layout(List<String> fields, int[] segmentOf, int[] address, int addressAt, int surname, int interaction) {

        static Layout of(List<Schema.Segment> segments) {
            int address = index(segments, "address");
            int postcode = address < 0 ? -1 : index(segments, "postcode");
            int place = address < 0 ? -1 : index(segments, "place");
            List<String> fields = new ArrayList<>();
            List<Integer> segmentOf = new ArrayList<>();
            int addressAt = -1;
            int surnameAt = -1;
            for (int s = 0; s < segments.size(); s++) {
                if (s == postcode || s == place) {
                    continue;
                }
                if (s == address) {
                    addressAt = fields.size();
                    segmentOf.add(-1);
                } else {
                    segmentOf.add(s);
                }
                if (segments.get(s).name().equals("surname")) {
                    surnameAt = fields.size();
                }
                fields.add(segments.get(s).name());
            }
            int interaction = -1;
            if (addressAt >= 0 && surnameAt >= 0) {
                interaction = fields.size();
                fields.add(SURNAME_AT_ADDRESS);
                segmentOf.add(-1);
            }
            return new Layout(fields, segmentOf.stream().mapToInt(Integer::intValue).toArray(),
                    address < 0 ? null : new int[] {address, postcode, place}, addressAt, surnameAt, interaction);
        }

        private static int index(List<Schema.Segment> segments, String name) {
            for (int s = 0; s < segments.size(); s++) {
                if (segments.get(s).name().equals(name)) {
                    return s;
                }
            }
            return -1;
        }
    }

    /** The comparisons of a schema's segments (see {@link Layout}). */
    public static List<ComparisonSpec> specs(List<Schema.Segment> segments) {
        List<String> labels = new ArrayList<>();
        labels.add("dice=1");
        for (double b : BANDS) {
            labels.add(String.format(java.util.Locale.ROOT, "dice>=%.1f", b));
        }
        labels.add("else");
        Layout layout = Layout.of(segments);
        List<ComparisonSpec> specs = new ArrayList<>();
        for (int f = 0; f < layout.fields().size(); f++) {
            specs.add(new ComparisonSpec(layout.fields().get(f), f == layout.addressAt() ? ADDRESS_LEVELS : labels));
        }
        return specs;
    }

    /** The level of a Dice value (NaN: missing → null level). */
    public static int level(double dice) {
        if (Double.isNaN(dice)) {
            return ComparisonSpec.NULL_LEVEL;
        }
        if (dice >= 1.0) {
            return 0;
        }
        for (int l = 0; l < BANDS.length; l++) {
            if (dice >= BANDS[l]) {
                return l + 1;
            }
        }
        return BANDS.length + 1;
    }

    /** The combined address level from the address, postcode and place Dice bands (−1 each when absent). */
    static int addressLevel(int address, int postcode, int place) {
        int n = ComparisonSpec.NULL_LEVEL;
        if (address == n && postcode == n && place == n) {
            return n;
        }
        boolean addressClose = address != n && address <= 2;
        boolean postcodeClose = postcode != n && postcode <= 2;
        if (address == 0) {
            return postcode == 0 || postcode == n ? 0 : 1;
        }
        if (addressClose && postcode == 0) {
            return 2;
        }
        if (postcode == 0) {
            return 3;
        }
        if (addressClose) {
            return 4;
        }
        if (postcodeClose || place == 0) {
            return 5;
        }
        return 6;
    }

    /** The level vector of a pair. */
    static void vector(EncodedRecords r, int a, int b, Layout layout, int[] out) {
        int[] segmentOf = layout.segmentOf();
        for (int f = 0; f < segmentOf.length; f++) {
            if (segmentOf[f] >= 0) {
                out[f] = level(r.dice(a, b, segmentOf[f]));
            }
        }
        if (layout.addressAt() >= 0) {
            int[] s = layout.address();
            out[layout.addressAt()] = addressLevel(level(r.dice(a, b, s[0])),
                    s[1] < 0 ? ComparisonSpec.NULL_LEVEL : level(r.dice(a, b, s[1])),
                    s[2] < 0 ? ComparisonSpec.NULL_LEVEL : level(r.dice(a, b, s[2])));
        }
        if (layout.interaction() >= 0) {
            if (out[layout.addressAt()] == 0) {
                out[layout.interaction()] = out[layout.surname()];
                out[layout.surname()] = ComparisonSpec.NULL_LEVEL;
            } else {
                out[layout.interaction()] = ComparisonSpec.NULL_LEVEL;
            }
        }
    }
}
