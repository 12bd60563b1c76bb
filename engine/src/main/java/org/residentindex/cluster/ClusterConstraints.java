package org.residentindex.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;
import org.residentindex.ResidentIndexException;

/**
 * Must-link and cannot-link pairs of record ordinals, from reviewers' decisions. Must-links are applied before
 * any scored link; cannot-links hold transitively (no cluster ever contains both records). Construction checks
 * that the two sets do not contradict each other (a cannot-link pair joined through must-links). Immutable.
 */
public final class ClusterConstraints {

    private static final ClusterConstraints NONE = new ClusterConstraints(new int[0], new int[0]);

    /** Largest number of one-to-one groups ({@link #withOneToOneGroups}). */
    public static final int MAX_ONE_TO_ONE_GROUPS = 64;

    private final int[] must;
    private final int[] cannot;
    private final int[] oneToOne;

    private ClusterConstraints(int[] must, int[] cannot) {
        this(must, cannot, null);
    }

    private ClusterConstraints(int[] must, int[] cannot, int[] oneToOne) {
        this.must = must;
        this.cannot = cannot;
        this.oneToOne = oneToOne;
    }

    /**
     * The same constraints plus one-to-one groups: {@code groupOf[ordinal]} in {@code [0, }{@value
     * #MAX_ONE_TO_ONE_GROUPS}{@code )}, or −1 for none (e.g. the records of one source believed to hold no
     * duplicates of itself). Two clusters that each hold a record of one group may only merge when every such
     * pair of records across them is joined by a scored link of its own: a chain through other records never
     * puts two records of one group together.
     */
    public ClusterConstraints withOneToOneGroups(int[] groupOf) {
        for (int g : groupOf) {
            if (g < -1 || g >= MAX_ONE_TO_ONE_GROUPS) {
                throw new ResidentIndexException("A one-to-one group must lie in [-1, " + MAX_ONE_TO_ONE_GROUPS + ")");
            }
        }
        return new ClusterConstraints(must, cannot, groupOf.clone());
    }

    /** The one-to-one group of a record, or −1 (none, or beyond the groups given). */
    public int oneToOneGroup(int ordinal) {
        return oneToOne == null || ordinal >= oneToOne.length ? -1 : oneToOne[ordinal];
    }

    /** No constraints. */
    public static ClusterConstraints none() {
        return NONE;
    }

    /**
     * Ordinal constraints from decisions; {@code ordinalOf} returns −1 for a record not in this run, and such
     * decisions are skipped (the pipeline may report them). Throws, naming the records, when a non-match decision
     * contradicts a chain of match decisions.
     */
    public static ClusterConstraints fromDecisions(List<Decision> decisions, ToIntFunction<RecordKey> ordinalOf) {
        Builder builder = new Builder();
        int maxOrdinal = -1;
        for (Decision d : decisions) {
            int a = ordinalOf.applyAsInt(d.left());
            int b = ordinalOf.applyAsInt(d.right());
            if (a < 0 || b < 0) {
                continue;
            }
            maxOrdinal = Math.max(maxOrdinal, Math.max(a, b));
            if (d.verdict() == Decision.Verdict.MATCH) {
                builder.mustLink(a, b);
            } else {
                builder.cannotLink(a, b);
            }
        }
        ClusterConstraints constraints = builder.unchecked();
        int conflict = constraints.firstConflict(maxOrdinal + 1);
        if (conflict >= 0) {
            for (Decision d : decisions) {
                if (d.verdict() == Decision.Verdict.NON_MATCH && ordinalOf.applyAsInt(d.left()) == constraints.cannot[2
                        * conflict] && ordinalOf.applyAsInt(d.right()) == constraints.cannot[2 * conflict + 1]) {
                    throw new ResidentIndexException("Decisions conflict: " + d.left() + " and " + d.right()
                            + " are marked non-match but are joined by a chain of match decisions");
                }
            }
        }
        return constraints;
    }

    /** Number of must-link pairs. */
    public int mustLinkCount() {
        return must.length / 2;
    }

    /** Number of cannot-link pairs. */
    public int cannotLinkCount() {
        return cannot.length / 2;
    }

    public int mustLeft(int i) {
        return must[2 * i];
    }

    public int mustRight(int i) {
        return must[2 * i + 1];
    }

    public int cannotLeft(int i) {
        return cannot[2 * i];
    }

    public int cannotRight(int i) {
        return cannot[2 * i + 1];
    }

    /** Index of a cannot-link pair joined by must-links, or −1. */
    private int firstConflict(int recordCount) {
        if (recordCount <= 0) {
            return -1;
        }
        for (int x : cannot) {
            recordCount = Math.max(recordCount, x + 1);
        }
        UnionFind uf = new UnionFind(recordCount);
        for (int i = 0; i < mustLinkCount(); i++) {
            uf.union(uf.find(mustLeft(i)), uf.find(mustRight(i)));
        }
        for (int i = 0; i < cannotLinkCount(); i++) {
            if (uf.find(cannotLeft(i)) == uf.find(cannotRight(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Collects ordinal pairs. */
    public static final class Builder {
        private int[] must = new int[16];
        private int[] cannot = new int[16];
        private int mustSize;
        private int cannotSize;

        public Builder mustLink(int a, int b) {
            must = append(must, mustSize, a, b);
            mustSize += 2;
            return this;
        }

        public Builder cannotLink(int a, int b) {
            cannot = append(cannot, cannotSize, a, b);
            cannotSize += 2;
            return this;
        }

        /** Throws if a cannot-link pair is joined by must-links (ordinals only; see {@link #fromDecisions}). */
        public ClusterConstraints build() {
            ClusterConstraints c = unchecked();
            int max = -1;
            for (int x : c.must) {
                max = Math.max(max, x);
            }
            int conflict = c.firstConflict(max + 1);
            if (conflict >= 0) {
                throw new ResidentIndexException("Constraints conflict: records #" + c.cannotLeft(conflict) + " and #"
                        + c.cannotRight(conflict) + " are cannot-link but joined by must-links");
            }
            return c;
        }

        ClusterConstraints unchecked() {
            return new ClusterConstraints(Arrays.copyOf(must, mustSize), Arrays.copyOf(cannot, cannotSize));
        }

        private static int[] append(int[] array, int size, int a, int b) {
            if (a == b || a < 0 || b < 0) {
                throw new IllegalArgumentException("a constraint needs two distinct non-negative ordinals");
            }
            int[] out = size + 2 > array.length ? Arrays.copyOf(array, array.length * 2) : array;
            out[size] = a;
            out[size + 1] = b;
            return out;
        }
    }
}
