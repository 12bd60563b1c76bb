package org.residentindex.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.residentindex.compare.LevelCache;
import org.residentindex.link.ComparisonPlan;
import org.residentindex.score.FellegiSunterModel;

/**
 * Scoring one candidate pair the way the pipeline does: the comparison vector over every model field
 * ({@link ComparisonPlan#compare}, with the per-thread level caches warm as in a run) and its Fellegi–Sunter
 * weight; {@code weightOnly} is the weight of a precomputed vector. Pairs cycle through 20,000 candidates spread
 * over all blocks; the model is the one a real link run trained on the benchmark county.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PairScoringBenchmark {

    private ComparisonPlan plan;
    private FellegiSunterModel model;
    private LevelCache[] caches;
    private int[][] pairs;
    private int[][] vectors;
    private int[] vector;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Workload w = Workload.get();
        plan = w.plan();
        model = w.model().model();
        caches = plan.newCaches();
        pairs = w.samplePairs(20_000);
        vectors = new int[pairs.length][];
        for (int i = 0; i < pairs.length; i++) {
            vectors[i] = new int[plan.fieldCount()];
            plan.compare(pairs[i][0], pairs[i][1], vectors[i], caches);
        }
        vector = new int[plan.fieldCount()];
    }

    @Benchmark
    public double compareAndScore() {
        int[] p = pairs[next];
        next = next + 1 == pairs.length ? 0 : next + 1;
        plan.compare(p[0], p[1], vector, caches);
        return model.weight(vector, null);
    }

    @Benchmark
    public double weightOnly() {
        int[] v = vectors[next];
        next = next + 1 == vectors.length ? 0 : next + 1;
        return model.weight(v, null);
    }
}
