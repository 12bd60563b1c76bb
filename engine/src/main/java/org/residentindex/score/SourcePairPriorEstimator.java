package org.residentindex.score;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.residentindex.ResidentIndexException;

/**
 * Estimates one prior λ per unordered pair of sources by EM with the field weights held, from the candidate pairs'
 * <em>evidence</em> (match weight minus the global prior: the sum of the field weights).
 *
 * <p><b>Rule.</b> For sources s and t with {@code N_st} record pairs ({@code |s|·|t|}, or {@code |s|(|s|−1)/2}
 * when s = t), starting from the global λ, repeat
 * {@code λ_st ← (Σ_i g_i + α) / (N_st + α/λ)}, with {@code g_i = 1/(1 + 2^−(e_i + log2(λ_st/(1−λ_st))))} the match
 * probability of candidate pair i of (s, t) with evidence e_i under the current λ_st, until λ_st moves by less than
 * one part in 10^6. Pairs that are not candidates count as non-matches, as for the global λ. {@code α} =
 * {@value #PSEUDO_MATCHES} pseudo-match at the global rate (α matches among α/λ pairs) pulls small source pairs
 * toward the global λ and keeps a source pair without any match off zero; the result is then held within
 * [λ/{@value #MAX_RATIO}, min(0.5, λ·{@value #MAX_RATIO})], so no source pair's prior is more than
 * log2({@value #MAX_RATIO}) bits from the global one — a real duplicate in a source believed duplicate-free still
 * links on strong evidence. The log-likelihood is concave in λ_st, so the iteration has one fixed point.
 *
 * <p>A source s is <em>duplicate-free</em> when its own pairs hold fewer than one expected match at the fitted
 * λ_ss ({@code Σ g_i < 1}): the data say it holds no duplicates of itself.
 *
 * <p>Evidence is binned to 1/{@value #BINS_PER_BIT} bit (and to ±{@value #RANGE_BITS} bits) so each iteration
 * is a pass over a few thousand bins, whatever the number of candidate pairs (16 KB per pair of sources with
 * candidates; beyond ±64 bits a pair's match probability is 0 or 1 under any prior). Not thread-safe while
 * adding.
 */
public final class SourcePairPriorEstimator {

    /** α, the pseudo-matches at the global rate; see the class comment. */
    public static final double PSEUDO_MATCHES = 1.0;

    /** Largest factor between a source pair's λ and the global λ (2^10: 10 bits of prior). */
    public static final double MAX_RATIO = 1024.0;

    static final int BINS_PER_BIT = 16;
    static final int RANGE_BITS = 64;
    private static final int BINS = 2 * RANGE_BITS * BINS_PER_BIT + 1;
    private static final int MAX_ITERATIONS = 1000;

    private final double global;
    private final List<String> sources;
    private final long[] sizes;
    private final long[][] histograms;

    /**
     * @param global  the global λ
     * @param sources source names with their record counts, in a fixed order (indices of {@link #add})
     */
    public SourcePairPriorEstimator(double global, Map<String, Long> sources) {
        if (!(global > 0.0 && global < 1.0)) {
            throw new ResidentIndexException("The global prior match probability λ must lie strictly between 0 and 1");
        }
        this.global = global;
        this.sources = List.copyOf(sources.keySet());
        this.sizes = sources.values().stream().mapToLong(Long::longValue).toArray();
        this.histograms = new long[this.sources.size() * (this.sources.size() + 1) / 2][];
    }

    /** Records one candidate pair of sources {@code s} and {@code t} (indices, either order) with its evidence. */
    public void add(int s, int t, double evidence) {
        int p = pairIndex(Math.min(s, t), Math.max(s, t));
        if (histograms[p] == null) {
            histograms[p] = new long[BINS];
        }
        double clamped = Math.max(-RANGE_BITS, Math.min(RANGE_BITS, evidence));
        histograms[p][(int) Math.round((clamped + RANGE_BITS) * BINS_PER_BIT)]++;
    }

    /** λ per pair of sources that has at least one record pair. */
    public SourcePairPriors estimate() {
        Map<SourcePairPriors.SourcePair, Double> lambdas = new LinkedHashMap<>();
        Set<String> duplicateFree = new TreeSet<>();
        for (int s = 0; s < sources.size(); s++) {
            for (int t = s; t < sources.size(); t++) {
                double pairs = s == t ? sizes[s] * (sizes[s] - 1) / 2.0 : (double) sizes[s] * sizes[t];
                if (pairs > 0) {
                    long[] histogram = histograms[pairIndex(s, t)];
                    double lambda = fit(histogram, pairs);
                    lambdas.put(SourcePairPriors.SourcePair.of(sources.get(s), sources.get(t)), lambda);
                    if (s == t && (histogram == null
                            || expectedMatches(histogram, SourcePairPriors.priorOf(lambda)) < 1.0)) {
                        duplicateFree.add(sources.get(s));
                    }
                }
            }
        }
        return new SourcePairPriors(global, lambdas, duplicateFree);
    }

    private double fit(long[] histogram, double pairs) {
        double lambda = global;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double matches = histogram == null ? 0.0 : expectedMatches(histogram, SourcePairPriors.priorOf(lambda));
            double next = (matches + PSEUDO_MATCHES) / (pairs + PSEUDO_MATCHES / global);
            next = Math.max(global / MAX_RATIO, Math.min(Math.min(0.5, global * MAX_RATIO), next));
            boolean settled = Math.abs(next - lambda) < 1e-6 * lambda;
            lambda = next;
            if (settled) {
                break;
            }
        }
        return lambda;
    }

    private static double expectedMatches(long[] histogram, double prior) {
        double sum = 0.0;
        for (int b = 0; b < histogram.length; b++) {
            if (histogram[b] != 0) {
                double evidence = (double) b / BINS_PER_BIT - RANGE_BITS;
                sum += histogram[b] * MatchModel.probabilityOf(evidence + prior);
            }
        }
        return sum;
    }

    private int pairIndex(int s, int t) {
        // row-major upper triangle including the diagonal
        return s * sources.size() - s * (s - 1) / 2 + (t - s);
    }
}
