package org.residentindex.pprl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.residentindex.ResidentIndexException;

/**
 * Candidate search on encodings by locality-sensitive hashing over bit samples (Hamming LSH): every band reads
 * {@code bitsPerBand} randomly chosen filter positions of two segments (see {@link #plan}); two records that agree
 * on every sampled bit of at least one band are compared, and kept as a candidate when the Dice similarity of
 * their whole filters is at least {@code minDice}. Two segments that agree on a share p of their bits meet in a
 * band with probability p^r, and in at least one of b bands with probability {@code 1 − (1 − p^r)^b}; identical
 * fields (p = 1) always meet. Defaults (3 bands per pair of segments, r = 24, Dice ≥ 0.5, buckets of at most 100)
 * measured: FEBRL 4 blocking recall 0.9992 with 87k candidates of 25M pairs; generated county (6 files, 31.7k
 * records) recall 0.9955 with 1.4M candidates; r = 28 or 32 halved the candidates and lost 0.0005–0.001 of
 * recall; Dice ≥ 0.6 lost 0.0012 on FEBRL.
 *
 * <p>A band bucket holding more than {@code maxBucket} records (filters that agree on every sampled bit of a
 * band: typically records whose sampled bits all fall in empty segments) is skipped, as oversize blocks are in
 * plaintext blocking; the pairs it would have given are counted. Deterministic: positions come from {@code seed},
 * and pairs are returned sorted ascending as {@code (long) a << 32 | b}, {@code a < b}, whatever the threads.
 *
 * @param bands       bands per pair of segments
 * @param bitsPerBand sampled bits per band r, 1..32
 * @param maxBucket   largest bucket compared
 * @param minDice     whole-filter Dice a pair needs to be a candidate
 * @param seed        seed of the sampled positions
 */
public record LshCandidates(int bands, int bitsPerBand, int maxBucket, double minDice, long seed) {

    /** Defaults measured on FEBRL 4 and the generated county; see the class comment. */
    public static LshCandidates defaults() {
        return new LshCandidates(3, 24, 100, 0.5, 20_240_601L);
    }

    public LshCandidates {
        if (bands < 1 || bitsPerBand < 1 || bitsPerBand > 32 || maxBucket < 2) {
            throw new ResidentIndexException("LSH needs bands >= 1, 1..32 bits per band and buckets of 2 or more");
        }
    }

    /**
     * What the search found.
     *
     * @param pairs          candidate pairs, sorted
     * @param compared       pairs whose Dice was computed
     * @param skippedBuckets band buckets over {@code maxBucket}
     * @param skippedPairs   pairs within those buckets (counted once per bucket, so a pair may count twice)
     */
    public record Result(long[] pairs, long compared, long skippedBuckets, long skippedPairs) { }

    /**
     * Segments empty in more than half the records (a field most records lack, such as sex in FEBRL) are left out
     * of the bands: their sampled bits are all zero, so a band over them compares on its other field alone. So are
     * segments with fewer distinct encodings than √n (sex, a town): they cannot split n records into buckets
     * smaller than √n, so a band over one compared on little more than its other field — on the 150k-resident
     * county they gave most of 41M candidate pairs.
     */
    static final double MIN_FILLED = 0.5;

    /**
     * The sampled positions of every band: {@code bands} bands for each pair of segments, each band reading
     * {@code bitsPerBand} positions drawn from the union of its two segments (as a plaintext blocking rule joins two
     * fields: two records meet when both fields agree, or nearly). Bands over the whole filter were measured first:
     * on FEBRL 4 a true pair's filters agree on only 73% of their bits at the 1st percentile while unrelated
     * filters agree on 59% (median) to 71% (99.9th percentile), so whole-filter bands either missed 13% of true
     * pairs or compared a sizeable share of all pairs; a pair of fields that agree exactly puts a true pair in one
     * bucket whatever the other fields say.
     */
    private int[][] plan(EncodedRecords records, SplittableRandom random, List<int[]> segmentsOf) {
        List<int[]> plan = new ArrayList<>();
        List<Integer> used = new ArrayList<>();
        for (int s = 0; s < records.segments().size(); s++) {
            if (records.filledShare(s) >= MIN_FILLED && records.distinct(s) >= Math.sqrt(records.size())) {
                used.add(s);
            }
        }
        if (used.isEmpty()) {
            used.add(0);
        }
        int segments = used.size();
        for (int x = 0; x < segments; x++) {
            for (int y = segments == 1 ? x : x + 1; y < segments; y++) {
                int[] union = union(records, used.get(x), used.get(y));
                for (int b = 0; b < bands; b++) {
                    int[] p = new int[Math.min(bitsPerBand, union.length)];
                    int[] shuffled = union.clone();
                    for (int i = 0; i < p.length; i++) {
                        int j = i + random.nextInt(shuffled.length - i);
                        int swap = shuffled[i];
                        shuffled[i] = shuffled[j];
                        shuffled[j] = swap;
                        p[i] = shuffled[i];
                    }
                    Arrays.sort(p);
                    plan.add(p);
                    segmentsOf.add(new int[] {used.get(x), used.get(y)});
                }
            }
        }
        return plan.toArray(new int[0][]);
    }

    private static int[] union(EncodedRecords records, int s, int t) {
        int from1 = records.segmentWord(s) * 64;
        int len1 = records.segmentWords(s) * 64;
        int from2 = records.segmentWord(t) * 64;
        int len2 = s == t ? 0 : records.segmentWords(t) * 64;
        int[] u = new int[len1 + len2];
        for (int i = 0; i < len1; i++) {
            u[i] = from1 + i;
        }
        for (int i = 0; i < len2; i++) {
            u[len1 + i] = from2 + i;
        }
        return u;
    }

    /** Searches {@code records}; {@code acrossOnly} keeps only pairs from different sources. */
    public Result find(EncodedRecords records, boolean acrossOnly, ExecutorService pool, int threads) {
        int n = records.size();
        List<int[]> segmentsOf = new ArrayList<>();
        int[][] positions = plan(records, new SplittableRandom(seed), segmentsOf);
        int bands = positions.length;
        List<Future<Band>> bandFutures = new ArrayList<>();
        for (int b = 0; b < bands; b++) {
            int[] p = positions[b];
            int[] segs = segmentsOf.get(b);
            bandFutures.add(pool.submit(() -> Band.of(records, p, segs)));
        }
        Band[] table = new Band[bands];
        long skippedBuckets = 0;
        long skippedPairs = 0;
        for (int b = 0; b < bands; b++) {
            table[b] = get(bandFutures.get(b));
            for (int r = 0; r + 1 < table[b].runStart.length; r++) {
                long size = table[b].runStart[r + 1] - table[b].runStart[r];
                if (size > maxBucket) {
                    skippedBuckets++;
                    skippedPairs += size * (size - 1) / 2;
                }
            }
        }
        int chunks = Math.max(1, threads * 8);
        List<Future<long[]>> parts = new ArrayList<>();
        long[] compared = new long[chunks];
        for (int c = 0; c < chunks; c++) {
            int from = (int) ((long) n * c / chunks);
            int to = (int) ((long) n * (c + 1) / chunks);
            int chunk = c;
            parts.add(pool.submit(() -> search(records, table, from, to, acrossOnly, compared, chunk)));
        }
        long[][] found = new long[chunks][];
        int total = 0;
        for (int c = 0; c < chunks; c++) {
            found[c] = get(parts.get(c));
            total += found[c].length;
        }
        long[] pairs = new long[total];
        int at = 0;
        for (long[] f : found) {
            System.arraycopy(f, 0, pairs, at, f.length);
            at += f.length;
        }
        return new Result(pairs, Arrays.stream(compared).sum(), skippedBuckets, skippedPairs);
    }

    private long[] search(EncodedRecords records, Band[] table, int from, int to, boolean acrossOnly,
            long[] compared, int chunk) {
        int n = records.size();
        int[] stamp = new int[n];
        Arrays.fill(stamp, -1);
        long[] out = new long[1024];
        int size = 0;
        long dice = 0;
        for (int i = from; i < to; i++) {
            int start = size;
            int source = records.sourceOf(i);
            for (Band band : table) {
                int run = band.runOf[i];
                if (run < 0) {
                    continue;
                }
                int lo = band.runStart[run];
                int hi = band.runStart[run + 1];
                if (hi - lo > maxBucket) {
                    continue;
                }
                for (int p = lo; p < hi; p++) {
                    int j = band.order[p];
                    if (j <= i || stamp[j] == i || acrossOnly && records.sourceOf(j) == source) {
                        continue;
                    }
                    stamp[j] = i;
                    dice++;
                    if (records.dice(i, j) >= minDice) {
                        if (size == out.length) {
                            out = Arrays.copyOf(out, size * 2);
                        }
                        out[size++] = (long) i << 32 | j;
                    }
                }
            }
            Arrays.sort(out, start, size);
        }
        compared[chunk] = dice;
        return Arrays.copyOf(out, size);
    }

    /** One band: records sorted by their sampled bits, grouped into runs of equal bits. */
    private static final class Band {
        final int[] order;
        final int[] runOf;
        final int[] runStart;

        private Band(int[] order, int[] runOf, int[] runStart) {
            this.order = order;
            this.runOf = runOf;
            this.runStart = runStart;
        }

        /**
         * A record missing either of the band's fields stays out of the band: its sampled bits there are all zero,
         * and the band would compare it on half its bits of the other field alone (on the county, records without
         * a date of birth met every record of their postcode this way).
         */
        static Band of(EncodedRecords records, int[] positions, int[] segments) {
            int n = records.size();
            int words = records.words();
            long[] filters = records.filters();
            long[] keyed = new long[n];
            int in = 0;
            int[] runOf = new int[n];
            Arrays.fill(runOf, -1);
            for (int i = 0; i < n; i++) {
                if (records.count(i, segments[0]) == 0 || records.count(i, segments[1]) == 0) {
                    continue;
                }
                long key = 0;
                int base = i * words;
                for (int p : positions) {
                    key = key << 1 | (filters[base + (p >>> 6)] >>> (p & 63) & 1L);
                }
                keyed[in++] = key << 32 | i;
            }
            keyed = Arrays.copyOf(keyed, in);
            Arrays.sort(keyed);
            int[] order = new int[in];
            int[] starts = new int[in + 1];
            int runs = 0;
            for (int p = 0; p < in; p++) {
                order[p] = (int) keyed[p];
                if (p == 0 || keyed[p] >>> 32 != keyed[p - 1] >>> 32) {
                    starts[runs++] = p;
                }
                runOf[order[p]] = runs - 1;
            }
            starts[runs] = in;
            return new Band(order, runOf, Arrays.copyOf(starts, runs + 1));
        }
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResidentIndexException("Interrupted during candidate search", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new ResidentIndexException("Candidate search failed: " + e.getCause(), e.getCause());
        }
    }
}
