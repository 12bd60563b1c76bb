package org.residentindex.compare;

import org.residentindex.score.ComparisonSpec;

/**
 * Compares two values of one field and returns a discrete comparison level: {@code 0} is the best agreement, the
 * last level ({@code spec().levelCount() - 1}) is "else". Contract, tested for every implementation by
 * {@code FieldComparatorContract}: symmetric ({@code compare(a, b) == compare(b, a)}); equal values give level 0;
 * the level is always in {@code [0, levelCount)}; a missing value on either side gives
 * {@link ComparisonSpec#NULL_LEVEL} through {@link #level}. Implementations are immutable and thread-safe.
 */
public interface FieldComparator {

    /** The field name and its level labels, best first. */
    ComparisonSpec spec();

    /** The level of two present (non-null, non-empty) values. */
    int compare(String left, String right);

    /** The level of two values that may be missing (null or empty): {@link ComparisonSpec#NULL_LEVEL} then. */
    default int level(String left, String right) {
        if (left == null || right == null || left.isEmpty() || right.isEmpty()) {
            return ComparisonSpec.NULL_LEVEL;
        }
        return left.equals(right) ? 0 : compare(left, right);
    }

    /**
     * The part of an encoded value that term frequencies are counted on (the name without its keys, say);
     * the value itself by default.
     */
    default String termOf(String value) {
        return value;
    }
}
