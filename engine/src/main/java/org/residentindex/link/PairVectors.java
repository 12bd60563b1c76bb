package org.residentindex.link;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import org.residentindex.ResidentIndexException;
import org.residentindex.block.CandidatePairs;
import org.residentindex.compare.LevelCache;
import org.residentindex.score.ComparisonSpec;
import org.residentindex.score.PatternCounts;

/**
 * Comparison vectors of many pairs, packed one {@code long} per pair ({@value #BITS} bits per field holding
 * level + 1, so 0 is the null level). Computed in parallel over fixed chunks; each chunk writes its own slice, so
 * the result does not depend on thread timing.
 */
final class PairVectors {

    static final int BITS = 3;
    /** Most fields a packed vector holds. */
    static final int MAX_FIELDS = 64 / BITS;

    private PairVectors() {
    }

    /** Packs a vector. */
    static long pack(int[] vector) {
        long code = 0;
        for (int f = 0; f < vector.length; f++) {
            code |= (long) (vector[f] + 1) << (BITS * f);
        }
        return code;
    }

    /** Unpacks a vector into {@code out}. */
    static void unpack(long code, int[] out) {
        for (int f = 0; f < out.length; f++) {
            out[f] = (int) ((code >>> (BITS * f)) & ((1 << BITS) - 1)) - 1;
        }
    }

    /** The packed vectors of every candidate pair. */
    static long[] compute(ExecutorService pool, int chunks, ComparisonPlan plan, CandidatePairs pairs) {
        if (plan.fieldCount() > MAX_FIELDS) {
            throw new ResidentIndexException("At most " + MAX_FIELDS + " fields can be compared; found "
                    + plan.fieldCount());
        }
        long[] codes = new long[pairs.size()];
        Parallel.map(pool, pairs.size(), chunks, (chunk, from, to) -> {
            LevelCache[] caches = plan.newCaches();
            int[] v = new int[plan.fieldCount()];
            for (int i = from; i < to; i++) {
                plan.compare(pairs.left(i), pairs.right(i), v, caches);
                codes[i] = pack(v);
            }
            return null;
        });
        return codes;
    }

    /**
     * The packed vectors of {@code pairs}, taken from {@code known} (sorted distinct pairs whose vectors are
     * {@code knownCodes}) where a pair is there and computed otherwise: the same vectors as
     * {@link #compute}, without comparing a pair twice.
     */
    static long[] computeReusing(ExecutorService pool, int chunks, ComparisonPlan plan, CandidatePairs pairs,
            CandidatePairs known, long[] knownCodes) {
        if (known == null || knownCodes == null || knownCodes.length != known.size()) {
            return compute(pool, chunks, plan, pairs);
        }
        long[] codes = new long[pairs.size()];
        long[] sorted = known.pairs();
        Parallel.map(pool, pairs.size(), chunks, (chunk, from, to) -> {
            LevelCache[] caches = null;
            int[] v = new int[plan.fieldCount()];
            for (int i = from; i < to; i++) {
                long pair = pairs.pairs()[i];
                int at = java.util.Arrays.binarySearch(sorted, pair);
                if (at >= 0) {
                    codes[i] = knownCodes[at];
                } else {
                    if (caches == null) {
                        caches = plan.newCaches();
                    }
                    plan.compare(pairs.left(i), pairs.right(i), v, caches);
                    codes[i] = pack(v);
                }
            }
            return null;
        });
        return codes;
    }

    /** Counts the patterns of packed vectors. */
    static PatternCounts patterns(List<ComparisonSpec> specs, long[] codes) {
        PatternCounts counts = new PatternCounts(specs);
        int[] v = new int[specs.size()];
        for (long code : codes) {
            unpack(code, v);
            counts.add(v);
        }
        return counts;
    }

    /**
     * Pattern counts of {@code sampleSize} uniformly drawn pairs of distinct records, drawn in four fixed chunks
     * seeded {@code seed + chunk} (so the sample does not depend on the number of threads).
     */
    static PatternCounts randomPairs(ExecutorService pool, ComparisonPlan plan, int records, int sampleSize,
            long seed) {
        List<ComparisonSpec> specs = plan.specs();
        List<PatternCounts> parts = Parallel.map(pool, sampleSize, 4, (chunk, from, to) -> {
            SplittableRandom random = new SplittableRandom(seed + chunk);
            LevelCache[] caches = plan.newCaches();
            PatternCounts counts = new PatternCounts(specs);
            int[] v = new int[specs.size()];
            long[] drawn = new long[to - from];
            for (int i = 0; i < drawn.length; i++) {
                int a = random.nextInt(records);
                int b = random.nextInt(records - 1);
                if (b >= a) {
                    b++;
                }
                drawn[i] = ((long) a << 32) | b;
            }
            // compared in record order (the counts do not depend on the order): the first record's data is then
            // read sequentially instead of at random
            java.util.Arrays.sort(drawn);
            for (long pair : drawn) {
                plan.compare((int) (pair >>> 32), (int) pair, v, caches);
                counts.add(v);
            }
            return counts;
        });
        PatternCounts all = new PatternCounts(specs);
        parts.forEach(all::addAll);
        return all;
    }
}
