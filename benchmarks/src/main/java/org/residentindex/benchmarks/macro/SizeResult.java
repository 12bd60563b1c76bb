package org.residentindex.benchmarks.macro;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one county size. Everything but timings and memory is deterministic for a size and seed.
 *
 * @param residents             residents generated
 * @param seed                  generator seed
 * @param threads               engine worker threads
 * @param maxHeapBytes          the JVM's maximum heap
 * @param records               records linked (all six datasets)
 * @param generateSeconds       generation wall time (not part of the total)
 * @param stageSeconds          the engine's stages ({@code LinkResult.timings}) in order, seconds
 * @param totalSeconds          sum of the stages
 * @param recordsPerSecond      records / totalSeconds
 * @param peakHeapBytes         largest heap use sampled during the run
 * @param heapPoolPeakSumBytes  sum of the heap pools' peaks during the run (an upper bound)
 * @param heapByStageBytes      largest heap use sampled per stage
 * @param peakRssBytes          the process's peak resident set (VmHWM), -1 where unavailable
 * @param candidatePairs        distinct pairs compared by the engine
 * @param pairsPerRecord        candidatePairs / records
 * @param reductionRatio        1 − candidatePairs / all pairs
 * @param skippedPairs          pairs in blocks over the size cap (not compared)
 * @param truePairs             pairs of records of one truth entity
 * @param truePairsInCandidates of those, pairs among the candidates
 * @param pairCompleteness      truePairsInCandidates / truePairs
 * @param candidatesMatchEngine whether the harness's re-blocking produced the engine's pair count
 * @param links                 pairs at or above the link threshold
 * @param reviewPairs           pairs in the review band
 * @param entities              resident entities
 * @param precision             pairwise precision of entities.csv against truth
 * @param recall                pairwise recall
 * @param f1                    pairwise F1
 * @param bcubedF1              B-cubed F1
 * @param baseline              the all-pairs baseline on a sample
 */
public record SizeResult(int residents, long seed, int threads, long maxHeapBytes, long records,
        double generateSeconds, Map<String, Double> stageSeconds, double totalSeconds, double recordsPerSecond,
        long peakHeapBytes, long heapPoolPeakSumBytes, Map<String, Long> heapByStageBytes, long peakRssBytes,
        long candidatePairs, double pairsPerRecord, double reductionRatio, long skippedPairs, long truePairs,
        long truePairsInCandidates, double pairCompleteness, boolean candidatesMatchEngine, long links,
        long reviewPairs, long entities, double precision, double recall, double f1, double bcubedF1,
        Baseline baseline) {

    public SizeResult {
        stageSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(stageSeconds));
        heapByStageBytes = Collections.unmodifiableMap(new LinkedHashMap<>(heapByStageBytes));
    }
}
