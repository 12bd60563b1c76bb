package org.residentindex.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.residentindex.pprl.Dice;

/**
 * Dice comparisons of 1024-bit filters ({@link Dice}), as the encoded linker runs them: one filter against a block
 * of {@value #FILTERS} others held packed in one {@code long[]}, cardinalities precomputed. Filters are random and
 * half full (the fill the default schema aims at). One operation is one comparison; the score is comparisons per
 * second on one thread (anonlink's C++ benchmark reports ~2.5M/s per core; the target here is 50M/s).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DiceBenchmark {

    static final int WORDS = 16;
    static final int FILTERS = 4096;

    private long[] filters;
    private int[] cardinalities;
    private long[] query;
    private int queryCardinality;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(20_260_401L);
        filters = new long[FILTERS * WORDS];
        cardinalities = new int[FILTERS];
        for (int i = 0; i < filters.length; i++) {
            filters[i] = random.nextLong();
        }
        for (int f = 0; f < FILTERS; f++) {
            cardinalities[f] = Dice.cardinality(filters, f * WORDS, WORDS);
        }
        query = new long[WORDS];
        for (int w = 0; w < WORDS; w++) {
            query[w] = random.nextLong();
        }
        queryCardinality = Dice.cardinality(query, 0, WORDS);
    }

    @Benchmark
    @OperationsPerInvocation(FILTERS)
    public double compareBlock() {
        double best = 0;
        for (int f = 0; f < FILTERS; f++) {
            double d = Dice.dice(query, 0, queryCardinality, filters, f * WORDS, cardinalities[f], WORDS);
            if (d > best) {
                best = d;
            }
        }
        return best;
    }
}
