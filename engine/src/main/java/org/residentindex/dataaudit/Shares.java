package org.residentindex.dataaudit;

/** Shares rounded to six decimals, so JSON and CSV are byte-stable; 0 when the whole is 0. */
final class Shares {

    private Shares() {
    }

    static double of(long part, long whole) {
        return whole == 0 ? 0.0 : Math.round(1_000_000.0 * part / whole) / 1_000_000.0;
    }

    /** A share as a percentage with one decimal, {@code Locale.ROOT}. */
    static String pct(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100.0);
    }
}
