package org.residentindex.compare;

import org.residentindex.score.ComparisonSpec;

/**
 * Two levels, {@code exact} and {@code else}: for identifiers (UPRN, NI number, email, phone), sex and house
 * numbers, where a near miss is not evidence of the same value.
 */
public final class ExactComparator implements FieldComparator {

    private final ComparisonSpec spec;

    public ExactComparator(String field) {
        this.spec = ComparisonSpec.of(field, "exact", "else");
    }

    @Override
    public ComparisonSpec spec() {
        return spec;
    }

    @Override
    public int compare(String left, String right) {
        return left.equals(right) ? 0 : 1;
    }
}
