package org.residentindex.insight;

/**
 * One measured figure offered as evidence for a maturity level.
 *
 * @param measure what was measured, in plain words, with its base ("of all records", "of residents")
 * @param value   the figure (a share between 0 and 1, or a count)
 * @param percent true when {@link #value()} is a share best shown as a percentage
 * @param key     the measure id ({@link Measures}), for translation and exports
 */
public record Evidence(String measure, double value, boolean percent, String key) {

    /** Evidence without a measure id. */
    public Evidence(String measure, double value, boolean percent) {
        this(measure, value, percent, null);
    }

    /** The figure as text: {@code 12.5%} for shares, the number otherwise. */
    public String display() {
        if (percent) {
            return String.format(java.util.Locale.ROOT, "%.1f%%", value * 100.0);
        }
        return value == Math.rint(value) ? Long.toString((long) value)
                : String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
