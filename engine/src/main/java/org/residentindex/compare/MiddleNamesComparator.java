package org.residentindex.compare;

import org.residentindex.score.ComparisonSpec;

/**
 * Compares middle-name lists, each encoded as its folded names joined by single spaces ({@code "ryan cai"}).
 * Levels: {@code exact} (the same list); {@code compatible} (one list a prefix of the other, name for name or by
 * initial — "r" against "ryan cai" — or a name the two share anywhere: sources drop second middle names and reorder
 * them); {@code close} (no shared name, but two names Jaro–Winkler similar, at least {@link NameComparator#HIGH}: a
 * keying error); {@code else} (both lists present, nothing in common — evidence of two people, such as a parent and
 * a child named after them). A missing list on either side is the null level, no evidence: many sources hold no
 * middle names at all. Symmetric, immutable, thread-safe.
 */
public final class MiddleNamesComparator implements FieldComparator {

    private final ComparisonSpec spec;

    /** A comparator for {@code field} (normally {@code middle_names}). */
    public MiddleNamesComparator(String field) {
        this.spec = ComparisonSpec.of(field, "exact", "compatible", "close", "else");
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
        String[] a = left.split(" ");
        String[] b = right.split(" ");
        if (prefix(a, b) || prefix(b, a) || sharesName(a, b)) {
            return 1;
        }
        return close(a, b) ? 2 : 3;
    }

    /** Whether {@code shorter}, name by name, equals or is the initial of the start of {@code longer}. */
    private static boolean prefix(String[] shorter, String[] longer) {
        if (shorter.length > longer.length) {
            return false;
        }
        for (int i = 0; i < shorter.length; i++) {
            String s = shorter[i];
            String l = longer[i];
            boolean initial = s.length() == 1 && l.charAt(0) == s.charAt(0)
                    || l.length() == 1 && s.charAt(0) == l.charAt(0);
            if (!s.equals(l) && !initial) {
                return false;
            }
        }
        return true;
    }

    /** Whether a full name (not an initial) appears in both lists. */
    private static boolean sharesName(String[] a, String[] b) {
        for (String x : a) {
            for (String y : b) {
                if (x.length() > 1 && x.equals(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean close(String[] a, String[] b) {
        for (String x : a) {
            for (String y : b) {
                if (x.length() > 1 && y.length() > 1
                        && JaroWinklerBound.similarity(x, y, NameComparator.HIGH) >= NameComparator.HIGH) {
                    return true;
                }
            }
        }
        return false;
    }
}
