package org.residentindex.compare;

import org.residentindex.score.ComparisonSpec;

/**
 * Compares dates of birth written {@code yyyymmdd} (a full date) or {@code yyyy} / {@code yyyymm} (partial).
 * Levels: {@code exact}; {@code swap} (day and month transposed); {@code one_digit} (full dates differing in one
 * digit, the commonest keying error); {@code year} (same year, including partial dates); {@code else}.
 */
public final class DateOfBirthComparator implements FieldComparator {

    private static final ComparisonSpec SPEC =
            ComparisonSpec.of("date_of_birth", "exact", "swap", "one_digit", "year", "else");

    @Override
    public ComparisonSpec spec() {
        return SPEC;
    }

    @Override
    public int compare(String left, String right) {
        if (left.equals(right)) {
            return 0;
        }
        if (left.length() == 8 && right.length() == 8) {
            if (left.regionMatches(0, right, 0, 4) && left.regionMatches(4, right, 6, 2)
                    && left.regionMatches(6, right, 4, 2)) {
                return 1;
            }
            int differences = 0;
            for (int i = 0; i < 8; i++) {
                if (left.charAt(i) != right.charAt(i)) {
                    differences++;
                }
            }
            if (differences == 1) {
                return 2;
            }
        }
        return left.length() >= 4 && right.length() >= 4 && left.regionMatches(0, right, 0, 4) ? 3 : 4;
    }
}
