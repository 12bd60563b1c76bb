package org.residentindex.link;

import java.util.Arrays;
import java.util.Objects;

/**
 * One dictionary-coded column: each distinct value is stored once and records hold its id (1-based; 0 means
 * missing), so exact agreement is an int compare and fuzzy similarities can be cached per distinct value pair.
 * Ids are assigned in first-seen order, so the same input order gives the same ids. Not thread-safe while filled.
 */
public final class Column {

    private final String name;
    /**
     * Value → id lookup while filling: open addressing over {@code [hash, id]} pairs (id 0 = empty slot), so a
     * lookup touches one table slot and, on a hash match, the stored value; null once frozen.
     */
    private int[] table = new int[2 * 1024];
    private int mask = 1023;
    /** Distinct values by id (index 0, missing, is null); the first {@code valueCount} slots are used. */
    private String[] values = new String[16];
    private int valueCount = 1;
    private int[] counts = new int[16];
    private int[] ids = new int[1024];
    private int size;
    /** The (interned) source last added to the store's holders of this column; set by {@link RecordStore}. */
    String lastHolder;

    Column(String name) {
        this.name = name;
    }

    /** The column (field) name. */
    public String name() {
        return name;
    }

    /** Appends the next record's value (null or empty = missing). */
    void add(String value) {
        int id = 0;
        if (value != null && !value.isEmpty()) {
            id = idOf(value);
            counts[id]++;
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = id;
    }

    /** The id of {@code value}, giving it the next id when it is new. */
    private int idOf(String value) {
        int h = value.hashCode();
        int spread = h ^ (h >>> 16);
        for (int i = spread & mask; ; i = (i + 1) & mask) {
            int known = table[2 * i + 1];
            if (known == 0) {
                int id = valueCount++;
                if (id >= values.length) {
                    values = Arrays.copyOf(values, values.length * 2);
                }
                values[id] = value;
                if (id >= counts.length) {
                    counts = Arrays.copyOf(counts, counts.length * 2);
                }
                table[2 * i] = h;
                table[2 * i + 1] = id;
                if (2 * id > mask) {
                    rehash();
                }
                return id;
            }
            if (table[2 * i] == h && value.equals(values[known])) {
                return known;
            }
        }
    }

    /** Doubles the lookup table (kept at most half full). */
    private void rehash() {
        int[] old = table;
        mask = mask * 2 + 1;
        table = new int[2 * (mask + 1)];
        for (int j = 0; j < old.length; j += 2) {
            if (old[j + 1] != 0) {
                int h = old[j];
                int i = (h ^ (h >>> 16)) & mask;
                while (table[2 * i + 1] != 0) {
                    i = (i + 1) & mask;
                }
                table[2 * i] = h;
                table[2 * i + 1] = old[j + 1];
            }
        }
    }

    /** Appends missing values until the column holds {@code n} records. */
    void padTo(int n) {
        while (size < n) {
            add(null);
        }
    }

    /** Value id of each record (0 = missing); the live array, at least {@link #size()} long. */
    public int[] ids() {
        return ids;
    }

    /** Number of records. */
    public int size() {
        return size;
    }

    /** The value with id {@code id} (null for 0). */
    public String value(int id) {
        return values[Objects.checkIndex(id, valueCount)];
    }

    /** The value of record {@code ordinal}, or null. */
    public String valueOf(int ordinal) {
        return values[ids[ordinal]];
    }

    /** Number of records holding value {@code id}. */
    public int count(int id) {
        return counts[id];
    }

    /** Number of distinct present values. */
    public int distinct() {
        return valueCount - 1;
    }

    /** Number of records with a present value. */
    public int present() {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (ids[i] != 0) {
                n++;
            }
        }
        return n;
    }

    /** Drops the lookup table once no more values will be added. */
    void freeze() {
        table = null;
    }
}
