package org.residentindex.pprl;

/**
 * The Sørensen–Dice coefficient of two Bloom filters held as {@code long} words: {@code 2·|A∧B| / (|A| + |B|)},
 * with {@link Long#bitCount} (one POPCNT instruction on x86-64 and ARMv8). Callers that compare one filter with
 * many pass its precomputed population count, so a comparison is one AND and one POPCNT per word.
 */
public final class Dice {

    private Dice() {
    }

    /** Set bits of {@code words} words of {@code f} from {@code offset}. */
    public static int cardinality(long[] f, int offset, int words) {
        int c = 0;
        for (int w = 0; w < words; w++) {
            c += Long.bitCount(f[offset + w]);
        }
        return c;
    }

    /** Set bits common to two ranges of {@code words} words. */
    public static int common(long[] a, int offsetA, long[] b, int offsetB, int words) {
        int c = 0;
        for (int w = 0; w < words; w++) {
            c += Long.bitCount(a[offsetA + w] & b[offsetB + w]);
        }
        return c;
    }

    /** Dice of two ranges given their cardinalities; 0 when both are empty. */
    public static double dice(long[] a, int offsetA, int cardinalityA, long[] b, int offsetB, int cardinalityB,
            int words) {
        int total = cardinalityA + cardinalityB;
        return total == 0 ? 0.0 : 2.0 * common(a, offsetA, b, offsetB, words) / total;
    }

    /** Dice of two ranges. */
    public static double dice(long[] a, int offsetA, long[] b, int offsetB, int words) {
        return dice(a, offsetA, cardinality(a, offsetA, words), b, offsetB, cardinality(b, offsetB, words), words);
    }
}
