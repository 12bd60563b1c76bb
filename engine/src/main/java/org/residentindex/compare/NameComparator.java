package org.residentindex.compare;

import org.residentindex.score.ComparisonSpec;

/**
 * Compares names encoded by {@link FieldValues}: {@code name|key key} where keys are either equivalence keys
 * (Dai → david, Siôn → john; given names) or phonetic codes (surnames). Levels: {@code exact} name,
 * {@code equivalent} (a shared key), {@code jw92} and {@code jw88} (Jaro–Winkler similarity of the names at least
 * 0.92 / 0.88, Commons Text), {@code else}. A shared key ranks above Jaro–Winkler closeness because it is a
 * curated or phonetic equivalence, not an accident of spelling.
 */
public final class NameComparator implements FieldComparator {

    /** Jaro–Winkler threshold of the first fuzzy level. */
    public static final double HIGH = 0.92;
    /** Jaro–Winkler threshold of the second fuzzy level. */
    public static final double LOW = 0.88;

    private final ComparisonSpec spec;

    /** A comparator for {@code field}; {@code keyLabel} names the key level ({@code equivalent}, {@code phonetic}). */
    public NameComparator(String field, String keyLabel) {
        this.spec = ComparisonSpec.of(field, "exact", keyLabel, "jw92", "jw88", "else");
    }

    @Override
    public ComparisonSpec spec() {
        return spec;
    }

    @Override
    public int compare(String left, String right) {
        String a = FieldValues.head(left);
        String b = FieldValues.head(right);
        if (a.equals(b)) {
            return 0;
        }
        if (FieldValues.intersect(FieldValues.tailWords(left), FieldValues.tailWords(right))) {
            return 1;
        }
        double s = JaroWinklerBound.similarity(a, b, LOW);
        return s >= HIGH ? 2 : s >= LOW ? 3 : 4;
    }

    @Override
    public String termOf(String value) {
        return FieldValues.head(value);
    }
}
