package org.residentindex.block;

import java.util.concurrent.ExecutorService;

/**
 * The records a {@link CandidateSource} reads: a batch of {@link #size()} records by ordinal {@code 0 .. size-1},
 * each column both dictionary-coded (for grouping) and as text (for searching). Column names are the run's
 * comparable fields and derived keys; a column the batch does not hold reads as absent ({@code null} ids, null
 * values). Also says how a source may run in parallel.
 */
public interface CandidateRecords {

    /** Number of records. */
    int size();

    /** A column's dictionary id per record (0 = missing), or null when the batch has no such column. */
    int[] ids(String column);

    /** Record {@code r}'s value of {@code column} as comparison reads it (folded, encoded tails cut), or null. */
    String value(String column, int r);

    /** A pool for a source's parallel work, or null to run inline. */
    default ExecutorService pool() {
        return null;
    }

    /** Into how many tasks a source splits its parallel work; the result never depends on it. */
    default int tasks() {
        return 1;
    }
}
