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
import org.residentindex.model.CanonicalField;
import org.residentindex.model.Postcode;
import org.residentindex.normalise.PostcodeParser;

/**
 * Postcode parsing: the written postcodes of every dataset (spacing and case as written, ~2% with a wrong
 * character) through {@link PostcodeParser#normalise}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PostcodeParsingBenchmark {

    private final PostcodeParser parser = new PostcodeParser();
    private String[] raw;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        raw = Workload.get().values(r -> r.values().get(CanonicalField.POSTCODE)).toArray(String[]::new);
    }

    @Benchmark
    public Postcode parse() {
        String s = raw[next];
        next = next + 1 == raw.length ? 0 : next + 1;
        return parser.normalise(s);
    }
}
