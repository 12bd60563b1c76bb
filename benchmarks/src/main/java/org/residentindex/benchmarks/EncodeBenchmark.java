package org.residentindex.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import org.residentindex.model.NormalisedRecord;
import org.residentindex.normalise.RecordNormaliser;
import org.residentindex.pprl.Encoder;
import org.residentindex.pprl.Schema;
import org.residentindex.pprl.Secret;

/**
 * Encoding one normalised record with the default schema ({@link Encoder}): q-grams, keyed HMAC-SHA256 double
 * hashing (through the encoder's q-gram cache once warm, as in a real file), segment assembly. Records are the
 * benchmark county's rows, normalised once in setup, so normalising (which {@code rix encode} also does) is
 * outside this figure.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EncodeBenchmark {

    private Encoder encoder;
    private NormalisedRecord[] records;
    private long[] out;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        encoder = new Encoder(Schema.defaults(), Secret.of("benchmark secret, not a real one".getBytes(
                StandardCharsets.UTF_8)));
        RecordNormaliser normaliser = new RecordNormaliser(LocalDate.of(2026, 4, 1), null);
        List<NormalisedRecord> normalised = Workload.get().rows().stream().map(normaliser::normalise).toList();
        records = normalised.toArray(new NormalisedRecord[0]);
        out = new long[encoder.words()];
    }

    @Benchmark
    public long[] encode() {
        NormalisedRecord r = records[next];
        next = next + 1 == records.length ? 0 : next + 1;
        encoder.encode(r, out, 0);
        return out;
    }
}
