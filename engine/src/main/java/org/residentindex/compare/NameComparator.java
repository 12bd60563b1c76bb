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
    private final boolean initials;

    /** A comparator for {@code field}; {@code keyLabel} names the key level ({@code equivalent}, {@code phonetic}). */
    public NameComparator(String field, String keyLabel) {
        this(field, keyLabel, false);
    }

    /**
     * As {@link #NameComparator(String, String)}; with {@code initials}, one more level {@code initial} before
     * {@code else}: one name is a single letter, the other's first letter (a clerk wrote "J" for John). It gets its
     * own m and u, so how much an initial is worth is learnt from the data, not set here.
     */
    public NameComparator(String field, String keyLabel, boolean initials) {
        this.initials = initials;
        this.spec = initials ? ComparisonSpec.of(field, "exact", keyLabel, "jw92", "jw88", "initial", "else")
                : ComparisonSpec.of(field, "exact", keyLabel, "jw92", "jw88", "else");
    }

    /** The level of two names that neither agree nor are close (the last level). */
    public int elseLevel() {
        return initials ? 5 : 4;
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
        if (s >= LOW) {
            return s >= HIGH ? 2 : 3;
        }
        if (initials && (a.length() == 1 || b.length() == 1) && !a.isEmpty() && !b.isEmpty()
                && a.charAt(0) == b.charAt(0)) {
            return 4;
        }
        return elseLevel();
    }

    @Override
    public String termOf(String value) {
        return FieldValues.head(value);
    }
}
