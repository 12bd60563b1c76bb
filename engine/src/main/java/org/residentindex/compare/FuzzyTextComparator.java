package org.residentindex.compare;

import org.residentindex.score.ComparisonSpec;

/**
 * Three levels for free text (streets, localities, towns, generic "other" columns): {@code exact}, {@code close}
 * (Jaro–Winkler similarity at least the threshold, {@value #DEFAULT_THRESHOLD} by default) and {@code else}.
 */
public final class FuzzyTextComparator implements FieldComparator {

    /** Default Jaro–Winkler threshold of the {@code close} level. */
    public static final double DEFAULT_THRESHOLD = 0.9;

    private final ComparisonSpec spec;
    private final double threshold;

    public FuzzyTextComparator(String field) {
        this(field, DEFAULT_THRESHOLD);
    }

    public FuzzyTextComparator(String field, double threshold) {
        this.spec = ComparisonSpec.of(field, "exact", "close", "else");
        this.threshold = threshold;
    }

    @Override
    public ComparisonSpec spec() {
        return spec;
    }

    @Override
    public int compare(String left, String right) {
        if (left.equals(right)) {
            return 0;
        }
        return JaroWinklerBound.similarity(left, right, threshold) >= threshold ? 1 : 2;
    }
}
