package org.residentindex.benchmarks.macro;

/**
 * All pairs of a sample compared and scored, against the blocked candidates among the same records.
 *
 * @param sampleRecords      records in the sample (whole truth entities)
 * @param allPairs           n(n−1)/2 pairs compared
 * @param blockedPairs       of those, pairs the blocking rules generate
 * @param reductionRatio     1 − blockedPairs / allPairs
 * @param truePairs          pairs of one truth entity
 * @param truePairsMissed    true pairs blocking does not generate
 * @param truePairsMissedShare truePairsMissed / truePairs (target &lt; 0.005)
 * @param modelLinks         pairs the saved model links when every pair is compared
 * @param modelLinksMissed   of those, pairs blocking does not generate
 * @param modelLinksMissedShare modelLinksMissed / modelLinks
 * @param allPairsSeconds    wall time of comparing and scoring all pairs on one thread
 * @param pairsPerSecond     allPairs / allPairsSeconds
 */
public record Baseline(int sampleRecords, long allPairs, long blockedPairs, double reductionRatio, long truePairs,
        long truePairsMissed, double truePairsMissedShare, long modelLinks, long modelLinksMissed,
        double modelLinksMissedShare, double allPairsSeconds, double pairsPerSecond) {

    static Baseline of(int records, long all, long blocked, long truePairs, long trueMissed, long links,
            long linksMissed, double seconds) {
        return new Baseline(records, all, blocked, all == 0 ? 0 : 1.0 - (double) blocked / all, truePairs, trueMissed,
                share(trueMissed, truePairs), links, linksMissed, share(linksMissed, links), seconds,
                seconds > 0 ? all / seconds : 0);
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }
}
