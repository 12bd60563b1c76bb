package org.residentindex.benchmarks;

import java.util.List;
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
import org.residentindex.model.SourceRecord;
import org.residentindex.normalise.NameNormaliser;
import org.residentindex.normalise.RecordNormaliser;

/**
 * Name normalisation: one raw name (given names and surnames as the six datasets write them — upper case,
 * stripped accents, "JONES, Siân") through {@link NameNormaliser#normalise}; and a whole raw row through
 * {@link RecordNormaliser} (names, dates, postcode, address: the per-record cost of the read stage).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class NameNormalisationBenchmark {

    private final NameNormaliser names = new NameNormaliser();
    private final RecordNormaliser records = new RecordNormaliser();
    private String[] raw;
    private SourceRecord[] rows;
    private int next;
    private int nextRow;

    @Setup(Level.Trial)
    public void setUp() {
        Workload w = Workload.get();
        List<String> given = w.values(r -> r.values().get(CanonicalField.GIVEN_NAME));
        List<String> surnames = w.values(r -> r.values().get(CanonicalField.SURNAME));
        List<String> full = w.values(r -> r.values().get(CanonicalField.FULL_NAME));
        java.util.ArrayList<String> all = new java.util.ArrayList<>(given);
        all.addAll(surnames);
        all.addAll(full);
        raw = all.toArray(String[]::new);
        rows = w.rows().toArray(SourceRecord[]::new);
    }

    @Benchmark
    public String normaliseName() {
        String s = raw[next];
        next = next + 1 == raw.length ? 0 : next + 1;
        return names.normalise(s);
    }

    @Benchmark
    public Object normaliseRecord() {
        SourceRecord r = rows[nextRow];
        nextRow = nextRow + 1 == rows.length ? 0 : nextRow + 1;
        return records.normalise(r);
    }
}
