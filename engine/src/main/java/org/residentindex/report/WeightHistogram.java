package org.residentindex.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Match weights of a run's links and review-band pairs in unit-wide bins, with the link and review thresholds.
 * The range covers both thresholds, so both can be drawn.
 *
 * @param links   number of links
 * @param bins    bins in ascending order, empty without pairs
 * @param link    the link threshold (a weight), or null when unknown
 * @param review  the review threshold (a weight), or null when unknown
 * @param reviewPairs number of review-band pairs
 */
public record WeightHistogram(long links, List<Bin> bins, Double link, Double review, long reviewPairs) {

    /** Most bins drawn; wider ranges get wider bins. */
    static final int MAX_BINS = 40;

    public WeightHistogram {
        bins = List.copyOf(bins);
    }

    /**
     * One bin {@code [from, to)}.
     *
     * @param from   lower edge
     * @param to     upper edge
     * @param count  links in the bin
     * @param review review-band pairs in the bin
     */
    public record Bin(double from, double to, long count, long review) {
    }

    /** Links only. */
    public static WeightHistogram of(List<Double> weights, Double link, Double review) {
        return of(weights, List.of(), link, review);
    }

    /** Bins {@code links} and {@code reviewWeights} into whole-number-edged bins, at most {@link #MAX_BINS}. */
    public static WeightHistogram of(List<Double> links, List<Double> reviewWeights, Double link, Double review) {
        if (links.isEmpty() && reviewWeights.isEmpty()) {
            return new WeightHistogram(0, List.of(), link, review, 0);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (List<Double> list : List.of(links, reviewWeights)) {
            for (double w : list) {
                min = Math.min(min, w);
                max = Math.max(max, w);
            }
        }
        for (Double t : new Double[] {link, review}) {
            if (t != null) {
                min = Math.min(min, t);
                max = Math.max(max, t);
            }
        }
        long lo = (long) Math.floor(min);
        long hi = (long) Math.floor(max) + 1;
        long width = Math.max(1, (hi - lo + MAX_BINS - 1) / MAX_BINS);
        int n = (int) ((hi - lo + width - 1) / width);
        long[] counts = new long[n];
        long[] review2 = new long[n];
        for (double w : links) {
            counts[(int) Math.min(n - 1, (long) Math.floor((w - lo) / width))]++;
        }
        for (double w : reviewWeights) {
            review2[(int) Math.min(n - 1, (long) Math.floor((w - lo) / width))]++;
        }
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            bins.add(new Bin(lo + (double) i * width, lo + (double) (i + 1) * width, counts[i], review2[i]));
        }
        return new WeightHistogram(links.size(), bins, link, review, reviewWeights.size());
    }
}
