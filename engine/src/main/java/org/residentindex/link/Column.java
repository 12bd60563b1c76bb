package org.residentindex.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One dictionary-coded column: each distinct value is stored once and records hold its id (1-based; 0 means
 * missing), so exact agreement is an int compare and fuzzy similarities can be cached per distinct value pair.
 * Ids are assigned in first-seen order, so the same input order gives the same ids. Not thread-safe while filled.
 */
public final class Column {

    private final String name;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> values = new ArrayList<>();
    private int[] counts = new int[16];
    private int[] ids = new int[1024];
    private int size;
    /** The (interned) source last added to the store's holders of this column; set by {@link RecordStore}. */
    String lastHolder;

    Column(String name) {
        this.name = name;
        values.add(null);
    }

    /** The column (field) name. */
    public String name() {
        return name;
    }

    /** Appends the next record's value (null or empty = missing). */
    void add(String value) {
        int id = 0;
        if (value != null && !value.isEmpty()) {
            Integer known = index.get(value);
            if (known == null) {
                known = values.size();
                index.put(value, known);
                values.add(value);
                if (known >= counts.length) {
                    counts = Arrays.copyOf(counts, counts.length * 2);
                }
            }
            id = known;
            counts[id]++;
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = id;
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
        return values.get(id);
    }

    /** The value of record {@code ordinal}, or null. */
    public String valueOf(int ordinal) {
        return values.get(ids[ordinal]);
    }

    /** Number of records holding value {@code id}. */
    public int count(int id) {
        return counts[id];
    }

    /** Number of distinct present values. */
    public int distinct() {
        return values.size() - 1;
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
        index.clear();
    }
}
