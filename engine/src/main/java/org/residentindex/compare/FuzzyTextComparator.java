package org.residentindex.compare;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.residentindex.score.ComparisonSpec;

/**
 * Three levels for free text (streets, localities, towns, generic "other" columns): {@code exact}, {@code close}
 * (Jaro–Winkler similarity at least the threshold, {@value #DEFAULT_THRESHOLD} by default) and {@code else}.
 */
public final class FuzzyTextComparator implements FieldComparator {

    /** Default Jaro–Winkler threshold of the {@code close} level. */
    public static final double DEFAULT_THRESHOLD = 0.9;

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

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
        if (!JaroWinklerBound.canReach(left, right, threshold)) {
            return 2;
        }
        double s = left.compareTo(right) < 0 ? JW.apply(left, right) : JW.apply(right, left);
        return s >= threshold ? 1 : 2;
    }
}
