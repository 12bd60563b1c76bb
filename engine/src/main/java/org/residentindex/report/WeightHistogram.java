package org.residentindex.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Match weights of a run's links in unit-wide bins, with the link and review thresholds.
 *
 * @param links  number of links
 * @param bins   bins in ascending order, empty without links
 * @param link   the link threshold, or null when unknown
 * @param review the review threshold, or null when unknown
 */
public record WeightHistogram(long links, List<Bin> bins, Double link, Double review) {

    /** Most bins drawn; wider ranges get wider bins. */
    static final int MAX_BINS = 40;

    public WeightHistogram {
        bins = List.copyOf(bins);
    }

    /**
     * One bin {@code [from, to)}.
     *
     * @param from  lower edge
     * @param to    upper edge
     * @param count links in the bin
     */
    public record Bin(double from, double to, long count) {
    }

    /** Bins {@code weights} into whole-number-edged bins, at most {@link #MAX_BINS}. */
    public static WeightHistogram of(List<Double> weights, Double link, Double review) {
        if (weights.isEmpty()) {
            return new WeightHistogram(0, List.of(), link, review);
        }
        double min = weights.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = weights.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        long lo = (long) Math.floor(min);
        long hi = (long) Math.floor(max) + 1;
        long width = Math.max(1, (hi - lo + MAX_BINS - 1) / MAX_BINS);
        int n = (int) ((hi - lo + width - 1) / width);
        long[] counts = new long[n];
        for (double w : weights) {
            counts[(int) Math.min(n - 1, (long) Math.floor((w - lo) / width))]++;
        }
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            bins.add(new Bin(lo + (double) i * width, lo + (double) (i + 1) * width, counts[i]));
        }
        return new WeightHistogram(weights.size(), bins, link, review);
    }
}
