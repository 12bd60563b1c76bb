package org.residentindex.block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.residentindex.ResidentIndexException;
import org.residentindex.block.lucene.FuzzyNameIndex;

/**
 * A fuzzy fallback for the records exact blocking left without any candidate pair. Blocking keys are exact, so a
 * record whose surname has a typo and whose other keys (date of birth, address, identifiers) all differ falls into
 * no block. For each such record (in ordinal order) this runs one bounded per-record query against an in-memory
 * index of every record's names ({@link FuzzyNameIndex}): surname and given name each within one edit, or the same
 * with the two names swapped, within the same birth year when both records have one; the best
 * {@code hitsPerQuery} records become candidates. Records lacking a surname or a given name are not queried.
 *
 * <p>Work is bounded: at most {@code maxQueries} queries (FuzzyQuery with one edit runs a few thousand a second
 * per thread); the candidate-less records beyond the bound are skipped and counted. The result is the input pairs
 * plus the new ones, sorted and distinct, with one more {@link RuleReport} named {@value #RULE}: {@code blocks} is
 * the number of queries run, {@code pairs} the new pairs added, {@code skippedBlocks} the candidate-less records
 * not queried because of the bound ({@code skippedPairs} is always 0). Deterministic: records are queried in
 * ordinal order and ties among hits are broken by ordinal.
 *
 * @param maxQueries   most records queried, e.g. {@value #DEFAULT_MAX_QUERIES}; 0 disables the fallback
 * @param hitsPerQuery most candidates taken per query, e.g. {@value #DEFAULT_HITS_PER_QUERY}
 */
public record FuzzyFallback(int maxQueries, int hitsPerQuery) {

    /** Name of the report row. */
    public static final String RULE = "fuzzy_fallback";
    /**
     * Default bound on queries: at ~2.7k one-edit fuzzy queries a second, about 20 s on one thread in the worst
     * case; a batch whose exact keys miss more records than this has a data problem blocking cannot fix.
     */
    public static final int DEFAULT_MAX_QUERIES = 50_000;
    /** Default candidates per query. */
    public static final int DEFAULT_HITS_PER_QUERY = 10;

    public FuzzyFallback {
        if (maxQueries < 0 || hitsPerQuery < 1) {
            throw new ResidentIndexException("The fuzzy fallback needs maxQueries >= 0 and hitsPerQuery >= 1");
        }
    }

    /** The defaults: {@value #DEFAULT_MAX_QUERIES} queries, {@value #DEFAULT_HITS_PER_QUERY} hits each. */
    public static FuzzyFallback defaults() {
        return new FuzzyFallback(DEFAULT_MAX_QUERIES, DEFAULT_HITS_PER_QUERY);
    }

    /**
     * This fallback as a {@link CandidateSource} reading the names from the given columns of the records, its
     * queries run on the records' pool.
     */
    public CandidateSource over(String surname, String givenName, String birthYear) {
        return (records, found) -> extend(found, new NameColumns(r -> records.value(surname, r),
                r -> records.value(givenName, r), r -> records.value(birthYear, r)), records.pool(), records.tasks());
    }

    /** {@code base} plus the fallback's pairs for its candidate-less records, and the fallback's report row. */
    public CandidatePairs extend(CandidatePairs base, NameColumns names) {
        return extend(base, names, null, 1);
    }

    /**
     * As {@link #extend(CandidatePairs, NameColumns)}, the queries split into {@code chunks} tasks run on
     * {@code pool} (inline when {@code pool} is null); the result does not depend on the split.
     */
    public CandidatePairs extend(CandidatePairs base, NameColumns names, ExecutorService pool, int chunks) {
        int[] lonely = withoutCandidates(base);
        int[] queried = queryable(lonely, names);
        int skipped = queried.length - Math.min(queried.length, maxQueries);
        queried = Arrays.copyOf(queried, queried.length - skipped);
        List<RuleReport> rules = new ArrayList<>(base.rules());
        if (queried.length == 0) {
            rules.add(new RuleReport(RULE, 0, 0, skipped, 0));
            return new CandidatePairs(base.recordCount(), base.pairs(), rules);
        }
        long[] found;
        try (FuzzyNameIndex index = FuzzyNameIndex.build(base.recordCount(), names.surname(), names.givenName(),
                names.birthYear())) {
            found = search(index, queried, names, pool, Math.max(1, chunks));
        }
        long[] merged = union(base.pairs(), found);
        rules.add(new RuleReport(RULE, queried.length, merged.length - base.pairs().length, skipped, 0));
        return new CandidatePairs(base.recordCount(), merged, rules);
    }

    /** The records among {@code lonely} holding both a surname and a given name, in order. */
    private static int[] queryable(int[] lonely, NameColumns names) {
        return Arrays.stream(lonely)
                .filter(r -> !isBlank(names.surname().apply(r)) && !isBlank(names.givenName().apply(r)))
                .toArray();
    }

    private long[] search(FuzzyNameIndex index, int[] queried, NameColumns names, ExecutorService pool, int chunks) {
        int step = (queried.length + chunks - 1) / chunks;
        List<Callable<long[]>> tasks = new ArrayList<>();
        for (int from = 0; from < queried.length; from += step) {
            int lo = from;
            int hi = Math.min(queried.length, from + step);
            tasks.add(() -> searchRange(index, queried, lo, hi, names));
        }
        List<long[]> parts = new ArrayList<>();
        try {
            if (pool == null) {
                for (Callable<long[]> task : tasks) {
                    parts.add(task.call());
                }
            } else {
                for (Future<long[]> f : pool.invokeAll(tasks)) {
                    parts.add(f.get());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResidentIndexException("Interrupted during the fuzzy fallback", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof ResidentIndexException rie ? rie
                    : new ResidentIndexException("The fuzzy fallback failed: " + e.getCause().getClass().getSimpleName(),
                    e.getCause());
        } catch (Exception e) {
            throw e instanceof ResidentIndexException rie ? rie
                    : new ResidentIndexException("The fuzzy fallback failed: " + e.getClass().getSimpleName(), e);
        }
        return parts.stream().flatMapToLong(Arrays::stream).toArray();
    }

    private long[] searchRange(FuzzyNameIndex index, int[] queried, int from, int to, NameColumns names) {
        long[] found = new long[16];
        int size = 0;
        for (int i = from; i < to; i++) {
            int r = queried[i];
            for (int hit : index.similar(r, names.surname().apply(r), names.givenName().apply(r),
                    names.birthYear().apply(r), hitsPerQuery)) {
                if (size == found.length) {
                    found = Arrays.copyOf(found, size * 2);
                }
                found[size++] = CandidatePairs.encode(r, hit);
            }
        }
        return Arrays.copyOf(found, size);
    }

    /** Ordinals, ascending, of records in no pair. */
    static int[] withoutCandidates(CandidatePairs pairs) {
        boolean[] paired = new boolean[pairs.recordCount()];
        for (int i = 0; i < pairs.size(); i++) {
            paired[pairs.left(i)] = true;
            paired[pairs.right(i)] = true;
        }
        int[] out = new int[pairs.recordCount()];
        int size = 0;
        for (int r = 0; r < paired.length; r++) {
            if (!paired[r]) {
                out[size++] = r;
            }
        }
        return Arrays.copyOf(out, size);
    }

    /** The sorted, distinct union of sorted distinct {@code sorted} and any {@code extra}. */
    static long[] union(long[] sorted, long[] extra) {
        long[] all = Arrays.copyOf(sorted, sorted.length + extra.length);
        System.arraycopy(extra, 0, all, sorted.length, extra.length);
        Arrays.sort(all);
        int w = 0;
        for (int i = 0; i < all.length; i++) {
            if (w == 0 || all[i] != all[w - 1]) {
                all[w++] = all[i];
            }
        }
        return Arrays.copyOf(all, w);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
