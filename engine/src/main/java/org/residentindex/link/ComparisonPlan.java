package org.residentindex.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.residentindex.compare.Comparators;
import org.residentindex.compare.ExactComparator;
import org.residentindex.compare.FieldComparator;
import org.residentindex.compare.LevelCache;
import org.residentindex.score.ComparisonSpec;

/**
 * The fields a run compares, bound to the record store's columns: computes comparison vectors of record pairs by
 * ordinal, with exact agreement as an id compare and other levels cached per distinct value pair. Immutable;
 * {@link #newCaches()} gives each thread its own caches.
 */
public final class ComparisonPlan {

    private static final int CACHE_BITS = 17;

    /**
     * The surname compared only when the address is the same ({@code address} level 0), in place of
     * {@code surname}. (Extending it to the same street or postcode unit was measured worse on the generated
     * county: pairwise F1 0.956 against 0.969.) Members of a household share surname and address, so at one address agreeing on the surname
     * is weak evidence; as an independent field it would be counted at its population rarity (term frequency
     * included) on top of the address and link household members. This interaction field gets its own m and u
     * (u from pairs at one address with different given names), so the model stays a plain Fellegi–Sunter sum.
     */
    public static final String SURNAME_AT_ADDRESS = "surname_at_address";

    /** Interaction field → the field it is compared from (and replaces at one address). */
    static final Map<String, String> AT_ADDRESS = Map.of(SURNAME_AT_ADDRESS, "surname");

    private int addressField = -1;
    /** Fields compared across when both disagree (given name and surname swapped): given, surname; −1 if absent. */
    private int givenField = -1;
    private int surnameField = -1;
    /** Pairs (interaction field, base field) of the interaction fields in use. */
    private final List<int[]> interactions = new ArrayList<>();

    private final List<FieldComparator> comparators;
    private final List<ComparisonSpec> specs;
    private final int[][] ids;
    /** The same ids record-major ({@code rows[ordinal * fields + f]}): one record's ids share a cache line. */
    private final int[] rows;
    private final Column[] columns;
    private final boolean[] cached;

    /** A plan comparing {@code fields} (comparators from {@link Comparators}) over {@code store}'s columns. */
    public ComparisonPlan(RecordStore store, List<String> fields) {
        this.comparators = new ArrayList<>();
        this.specs = new ArrayList<>();
        this.ids = new int[fields.size()][];
        this.columns = new Column[fields.size()];
        this.cached = new boolean[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            FieldComparator c = Comparators.forField(fields.get(f));
            comparators.add(c);
            specs.add(c.spec());
            columns[f] = store.column(AT_ADDRESS.getOrDefault(fields.get(f), fields.get(f)));
            ids[f] = columns[f] == null ? new int[store.size()] : columns[f].ids();
            cached[f] = !(c instanceof ExactComparator);
            if ("address".equals(fields.get(f))) {
                addressField = f;
            }
            if ("given_name".equals(fields.get(f))) {
                givenField = f;
            }
            if ("surname".equals(fields.get(f))) {
                surnameField = f;
            }
        }
        int width = fields.size();
        this.rows = new int[Math.multiplyExact(store.size(), width)];
        for (int f = 0; f < width; f++) {
            int[] column = ids[f];
            for (int r = 0, at = f; r < store.size(); r++, at += width) {
                rows[at] = column[r];
            }
        }
        for (int f = 0; f < fields.size(); f++) {
            int base = fields.indexOf(AT_ADDRESS.getOrDefault(fields.get(f), ""));
            if (base >= 0 && addressField >= 0) {
                interactions.add(new int[] {f, base});
            }
        }
    }

    /** The fields' specs, in vector order. */
    public List<ComparisonSpec> specs() {
        return List.copyOf(specs);
    }

    /** Number of fields. */
    public int fieldCount() {
        return specs.size();
    }

    /** The comparator of field {@code f}. */
    public FieldComparator comparator(int f) {
        return comparators.get(f);
    }

    /** The column of field {@code f} (null when no record has it). */
    public Column column(int f) {
        return columns[f];
    }

    /** Value ids of field {@code f}, by ordinal (0 = missing). */
    public int[] ids(int f) {
        return ids[f];
    }

    /** Fresh per-thread caches. */
    public LevelCache[] newCaches() {
        LevelCache[] caches = new LevelCache[specs.size()];
        for (int f = 0; f < caches.length; f++) {
            caches[f] = cached[f] ? new LevelCache(CACHE_BITS) : null;
        }
        return caches;
    }

    /** Fills {@code vector} with the levels of records a and b. */
    public void compare(int a, int b, int[] vector, LevelCache[] caches) {
        int width = vector.length;
        int rowA = a * width;
        int rowB = b * width;
        for (int f = 0; f < width; f++) {
            int ia = rows[rowA + f];
            int ib = rows[rowB + f];
            if (ia == 0 || ib == 0) {
                vector[f] = ComparisonSpec.NULL_LEVEL;
            } else if (ia == ib) {
                vector[f] = 0;
            } else if (caches[f] == null) {
                vector[f] = comparators.get(f).compare(columns[f].value(ia), columns[f].value(ib));
            } else {
                int level = caches[f].get(ia, ib);
                if (level < 0) {
                    level = comparators.get(f).compare(columns[f].value(ia), columns[f].value(ib));
                    caches[f].put(ia, ib, level);
                }
                vector[f] = level;
            }
        }
        if (givenField >= 0 && surnameField >= 0) {
            swapped(rowA, rowB, width, vector);
        }
        for (int[] pair : interactions) {
            if (vector[addressField] == 0) {
                vector[pair[0]] = vector[pair[1]];
                vector[pair[1]] = ComparisonSpec.NULL_LEVEL;
            } else {
                vector[pair[0]] = ComparisonSpec.NULL_LEVEL;
            }
        }
    }

    /**
     * Given name and surname in each other's fields (a clerk's swap, or a "surname first" list read the other way):
     * when neither agrees (each disagrees outright or is missing on one side), they are compared across — given
     * name against surname and surname against given name, as far as both records hold them — and the cross
     * levels are taken when every cross comparison made is close (at most {@code jw88}). The levels keep their
     * meaning (the names agree, only their fields were swapped); a missing cross value stays missing.
     */
    private void swapped(int rowA, int rowB, int width, int[] vector) {
        int gElse = specs.get(givenField).levelCount() - 1;
        int sElse = specs.get(surnameField).levelCount() - 1;
        int dg = vector[givenField];
        int ds = vector[surnameField];
        boolean gOff = dg == gElse || dg == ComparisonSpec.NULL_LEVEL;
        boolean sOff = ds == sElse || ds == ComparisonSpec.NULL_LEVEL;
        if (!gOff || !sOff || dg == ComparisonSpec.NULL_LEVEL && ds == ComparisonSpec.NULL_LEVEL) {
            return;
        }
        int ga = rows[rowA + givenField];
        int gb = rows[rowB + givenField];
        int sa = rows[rowA + surnameField];
        int sb = rows[rowB + surnameField];
        int cg = ga == 0 || sb == 0 ? ComparisonSpec.NULL_LEVEL
                : comparators.get(givenField).compare(columns[givenField].value(ga), columns[surnameField].value(sb));
        int cs = sa == 0 || gb == 0 ? ComparisonSpec.NULL_LEVEL
                : comparators.get(surnameField).compare(columns[surnameField].value(sa),
                        columns[givenField].value(gb));
        boolean any = cg != ComparisonSpec.NULL_LEVEL || cs != ComparisonSpec.NULL_LEVEL;
        if (any && cg <= CLOSE && cs <= CLOSE) {
            vector[givenField] = cg;
            vector[surnameField] = cs;
        }
    }

    /** Last name level that counts as close in {@link #swapped}: {@code jw88}. */
    private static final int CLOSE = 3;

    /** Index of a field by name, or −1. */
    public int indexOf(String field) {
        for (int f = 0; f < specs.size(); f++) {
            if (specs.get(f).field().equals(field)) {
                return f;
            }
        }
        return -1;
    }
}
