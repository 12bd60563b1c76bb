package org.residentindex.block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    /** {@code base} plus the fallback's pairs for its candidate-less records, and the fallback's report row. */
    public CandidatePairs extend(CandidatePairs base, NameColumns names) {
        int[] lonely = withoutCandidates(base);
        List<RuleReport> rules = new ArrayList<>(base.rules());
        if (lonely.length == 0 || maxQueries == 0) {
            rules.add(new RuleReport(RULE, 0, 0, lonely.length, 0));
            return new CandidatePairs(base.recordCount(), base.pairs(), rules);
        }
        long[] found = new long[16];
        int size = 0;
        int queries = 0;
        int skipped = 0;
        try (FuzzyNameIndex index = FuzzyNameIndex.build(base.recordCount(), names.surname(), names.givenName(),
                names.birthYear())) {
            for (int r : lonely) {
                String surname = names.surname().apply(r);
                String given = names.givenName().apply(r);
                if (isBlank(surname) || isBlank(given)) {
                    continue;
                }
                if (queries == maxQueries) {
                    skipped++;
                    continue;
                }
                queries++;
                for (int hit : index.similar(r, surname, given, names.birthYear().apply(r), hitsPerQuery)) {
                    if (size == found.length) {
                        found = Arrays.copyOf(found, size * 2);
                    }
                    found[size++] = CandidatePairs.encode(r, hit);
                }
            }
        }
        long[] merged = merge(base.pairs(), Arrays.copyOf(found, size));
        rules.add(new RuleReport(RULE, queries, merged.length - base.pairs().length, skipped, 0));
        return new CandidatePairs(base.recordCount(), merged, rules);
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

    private static long[] merge(long[] sorted, long[] extra) {
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
