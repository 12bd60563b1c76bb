package org.residentindex.ingest;

import java.util.Arrays;

/**
 * Remembers the record ids of one source, and the line where each was first seen, in 16 bytes per id (an
 * open-addressing table of 64-bit id hashes and line numbers) so that duplicate checks on a multi-gigabyte file
 * do not hold every id string in memory. Two different ids are taken for duplicates only if their 64-bit
 * hashes collide: about one chance in 10^7 for a file of ten million rows, and such a row would be
 * rejected (and listed), never silently lost. Not thread-safe.
 */
final class IdIndex {

    private static final long EMPTY = 0L;

    private long[] hashes = new long[1 << 16];
    private long[] lines = new long[1 << 16];
    private int size;

    /** Records {@code id} at {@code line}; returns the earlier line when the id was already seen, else -1. */
    long putIfAbsent(String id, long line) {
        if (size * 2 >= hashes.length) {
            grow();
        }
        long h = hash(id);
        int mask = hashes.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (hashes[i] == EMPTY) {
                hashes[i] = h;
                lines[i] = line;
                size++;
                return -1;
            }
            if (hashes[i] == h) {
                return lines[i];
            }
        }
    }

    /** FNV-1a over the UTF-16 chars, then the SplitMix64 finaliser to spread the bits. */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h == EMPTY ? 1L : h;
    }

    private void grow() {
        long[] oldHashes = hashes;
        long[] oldLines = lines;
        hashes = new long[oldHashes.length * 2];
        lines = new long[oldLines.length * 2];
        int mask = hashes.length - 1;
        for (int j = 0; j < oldHashes.length; j++) {
            long h = oldHashes[j];
            if (h != EMPTY) {
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (hashes[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                hashes[i] = h;
                lines[i] = oldLines[j];
            }
        }
        Arrays.fill(oldHashes, EMPTY);
    }
}
