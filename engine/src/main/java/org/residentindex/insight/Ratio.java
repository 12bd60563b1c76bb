package org.residentindex.insight;

/** Shares as fractions, rounded to 4 decimal places so reports print stable figures. */
final class Ratio {

    private Ratio() {
    }

    /** {@code part / whole}, 0 when {@code whole} is 0, rounded to 4 places. */
    static double of(long part, long whole) {
        return whole == 0 ? 0.0 : round((double) part / whole);
    }

    static double round(double v) {
        return Math.round(v * 10_000.0) / 10_000.0;
    }
}
