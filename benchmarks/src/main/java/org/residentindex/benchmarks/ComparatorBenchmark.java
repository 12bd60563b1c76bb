package org.residentindex.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.residentindex.compare.Comparators;
import org.residentindex.compare.FieldComparator;
import org.residentindex.link.Column;

/**
 * Each field comparator on the value pairs blocking actually produces (20,000 candidate pairs spread over all
 * blocks), uncached: {@link FieldComparator#level} of the two encoded column values. The pipeline caches levels
 * per distinct value pair, so this is the cost of a cache miss.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ComparatorBenchmark {

    @Param({"given_name", "surname", "date_of_birth", "sex", "address"})
    public String field;

    private FieldComparator comparator;
    private String[] left;
    private String[] right;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Workload w = Workload.get();
        comparator = Comparators.forField(field);
        Column column = w.store().column(field);
        int[][] pairs = w.samplePairs(20_000);
        left = new String[pairs.length];
        right = new String[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            left[i] = column.valueOf(pairs[i][0]);
            right[i] = column.valueOf(pairs[i][1]);
        }
    }

    @Benchmark
    public int level() {
        int i = next;
        next = next + 1 == left.length ? 0 : next + 1;
        return comparator.level(left[i], right[i]);
    }
}
