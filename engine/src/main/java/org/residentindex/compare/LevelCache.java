package org.residentindex.compare;

import java.util.Arrays;

/**
 * A bounded cache of comparison levels keyed by a pair of dictionary ids, for one field on one thread: fuzzy
 * similarities are then computed once per distinct value pair instead of once per record pair. Open addressing
 * over a {@code long[]}; when half full it is cleared (cheap, and the working set of a sorted pair stream is local).
 * Not thread-safe: one per thread and field.
 */
public final class LevelCache {

    private static final long EMPTY = -1L;

    private final long[] keys;
    private final byte[] levels;
    private final int mask;
    private int size;

    /** A cache with {@code 2^bits} slots. */
    public LevelCache(int bits) {
        keys = new long[1 << bits];
        levels = new byte[1 << bits];
        mask = keys.length - 1;
        Arrays.fill(keys, EMPTY);
    }

    /** The cached level of ids (a, b) in either order, or −2 when absent. */
    public int get(int a, int b) {
        long key = key(a, b);
        int slot = slot(key);
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return levels[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -2;
    }

    /** Caches the level of ids (a, b). */
    public void put(int a, int b, int level) {
        if (size * 2 >= keys.length) {
            Arrays.fill(keys, EMPTY);
            size = 0;
        }
        long key = key(a, b);
        int slot = slot(key);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == EMPTY) {
            size++;
        }
        keys[slot] = key;
        levels[slot] = (byte) level;
    }

    private static long key(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29)) & mask;
    }
}
