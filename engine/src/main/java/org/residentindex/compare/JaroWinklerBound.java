package org.residentindex.compare;

/**
 * A cheap upper bound on the Jaro–Winkler similarity Commons Text computes, used to skip the full computation
 * when two strings cannot reach a threshold (most random pairs). Jaro similarity is
 * {@code (m/|a| + m/|b| + (m − t)/m) / 3} where the matching characters {@code m} can be no more than the size of
 * the two strings' common character multiset {@code c}, and {@code (m − t)/m ≤ 1}; Winkler's boost adds
 * {@code 0.1 · l · (1 − J)} for a common prefix of {@code l ≤ 4} characters and only grows with J. So
 * {@code JW ≤ Jmax + 0.1 · l · (1 − Jmax)} with {@code Jmax = (c/|a| + c/|b| + 1) / 3}.
 */
final class JaroWinklerBound {

    private static final org.apache.commons.text.similarity.JaroWinklerSimilarity JW =
            new org.apache.commons.text.similarity.JaroWinklerSimilarity();

    private JaroWinklerBound() {
    }

    /**
     * Commons Text's Jaro–Winkler similarity, or 0 when the bound shows it is below {@code floor}. Commons Text is
     * symmetric only up to rounding, so the arguments are ordered to make the result exactly symmetric.
     */
    static double similarity(String a, String b, double floor) {
        if (!canReach(a, b, floor)) {
            return 0.0;
        }
        return a.compareTo(b) < 0 ? JW.apply(a, b) : JW.apply(b, a);
    }

    /** False only when the similarity of a and b is certainly below {@code threshold}. */
    static boolean canReach(String a, String b, double threshold) {
        int[] counts = new int[128];
        for (int i = 0; i < a.length(); i++) {
            char ch = a.charAt(i);
            if (ch >= 128) {
                return true;
            }
            counts[ch]++;
        }
        int common = 0;
        for (int i = 0; i < b.length(); i++) {
            char ch = b.charAt(i);
            if (ch >= 128) {
                return true;
            }
            if (counts[ch] > 0) {
                counts[ch]--;
                common++;
            }
        }
        if (common == 0) {
            return false;
        }
        double jaro = ((double) common / a.length() + (double) common / b.length() + 1.0) / 3.0;
        int prefix = 0;
        int max = Math.min(4, Math.min(a.length(), b.length()));
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + 0.1 * prefix * (1.0 - jaro) >= threshold;
    }
}
