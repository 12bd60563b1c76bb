package org.residentindex.normalise;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.residentindex.fixtures.CountyGenerator;
import org.residentindex.ingest.RejectSink;
import org.residentindex.ingest.SourceReader;
import org.residentindex.ingest.config.LinkConfigReader;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.model.NormalisedRecord;
import org.residentindex.model.SourceRecord;

/**
 * Measures read + normalise per dataset and proves output identity: for every dataset of a generated county
 * (and the FEBRL files when present) it prints rows and µs per row for reading, for normalising and for both,
 * as thread CPU time (the machine is shared, so wall time measures the neighbours too; it is shown alongside).
 * The "first pass" is each dataset's first read after a warm-up on another county (JIT compiled, caches holding
 * other values): what one pipeline run costs. "Best pass" is the fastest of {@code rounds} (caches warm). The
 * digest is a SHA-256 of every {@link NormalisedRecord#toString()} in file order, checked equal in every round.
 * Not a test: run by hand, e.g. with {@code -XX:StartFlightRecording} to find hot methods.
 *
 * <p>Arguments: {@code countyDir [residents=50000] [rounds=5] [febrlDir]}. The county is generated (seed 42)
 * when {@code countyDir/link.yaml} is absent; the warm-up county (seed 7) goes to {@code countyDir-warmup}.
 */
public final class NormaliseSpeedHarness {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);
    private static final int WARM_UP_PASSES = 4;
    /** CPU time of this thread: the machine is shared, so wall time would measure the neighbours too. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private NormaliseSpeedHarness() {
    }

    public static void main(String[] args) throws IOException {
        Path county = Path.of(args[0]);
        int residents = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        int rounds = Math.max(1, args.length > 2 ? Integer.parseInt(args[2]) : 5);
        Path febrl = args.length > 3 ? Path.of(args[3]) : Path.of("/work/shared/data/febrl");
        Map<String, SourceConfig> sources = sources(county, residents, 42);
        for (String f : List.of("dataset3.csv", "dataset4a.csv", "dataset4b.csv")) {
            if (Files.exists(febrl.resolve(f))) {
                sources.put("febrl-" + f, SourceConfig.of(febrl.resolve(f)));
            }
        }
        // warm-up on another county: the JIT compiles every path, the caches hold other people's values
        Path warm = county.resolveSibling(county.getFileName() + "-warmup");
        Map<String, SourceConfig> warmSources = sources(warm, Math.min(residents, 20_000), 7);
        for (int i = 0; i < WARM_UP_PASSES; i++) {
            for (SourceConfig s : warmSources.values()) {
                run(s);
            }
        }
        Map<String, Run> first = new LinkedHashMap<>();
        Map<String, Run> best = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, SourceConfig> e : sources.entrySet()) {
                Run r = run(e.getValue());
                first.putIfAbsent(e.getKey(), r);
                if (!r.digest.equals(first.get(e.getKey()).digest)) {
                    throw new IllegalStateException(e.getKey() + ": output changed between rounds");
                }
                best.merge(e.getKey(), r, (a, b) -> a.cpuNanos() <= b.cpuNanos() ? a : b);
            }
        }
        print(System.out, first, best);
    }

    private static Map<String, SourceConfig> sources(Path county, int residents, long seed) throws IOException {
        if (!Files.exists(county.resolve("link.yaml"))) {
            CountyGenerator.builder().residents(residents).seed(seed).build().generate(county);
        }
        Map<String, SourceConfig> sources = new LinkedHashMap<>();
        for (SourceConfig s : new LinkConfigReader().read(county.resolve("link.yaml")).sources()) {
            sources.put(s.name(), s);
        }
        return sources;
    }

    private static void print(PrintStream out, Map<String, Run> first, Map<String, Run> best) {
        out.printf(Locale.ROOT, "%-22s %7s | %-45s | %-18s | %s%n", "", "", "first pass (CPU µs/row; wall)",
                "best pass", "");
        out.printf(Locale.ROOT, "%-22s %7s | %7s %7s %7s %9s %7s | %7s %9s | %s%n", "dataset", "rows", "read",
                "norm", "both", "rows/s", "wall", "both", "rows/s", "digest");
        Run allFirst = new Run(0, 0, 0, 0, "");
        Run allBest = allFirst;
        for (Map.Entry<String, Run> e : first.entrySet()) {
            Run f = e.getValue();
            Run b = best.get(e.getKey());
            out.printf(Locale.ROOT, "%-22s %7d | %7.2f %7.2f %7.2f %9.0f %7.2f | %7.2f %9.0f | %s%n", e.getKey(),
                    f.rows, f.readNanos / 1e3 / f.rows, f.normaliseNanos / 1e3 / f.rows, f.cpuNanos() / 1e3 / f.rows,
                    f.rows / (f.cpuNanos() / 1e9), f.wallNanos / 1e3 / f.rows, b.cpuNanos() / 1e3 / b.rows,
                    b.rows / (b.cpuNanos() / 1e9), f.digest);
            allFirst = allFirst.plus(f);
            allBest = allBest.plus(b);
        }
        out.printf(Locale.ROOT, "%-22s %7d | %7.2f %7.2f %7.2f %9.0f %7.2f | %7.2f %9.0f |%n", "ALL", allFirst.rows,
                allFirst.readNanos / 1e3 / allFirst.rows, allFirst.normaliseNanos / 1e3 / allFirst.rows,
                allFirst.cpuNanos() / 1e3 / allFirst.rows, allFirst.rows / (allFirst.cpuNanos() / 1e9),
                allFirst.wallNanos / 1e3 / allFirst.rows, allBest.cpuNanos() / 1e3 / allBest.rows,
                allBest.rows / (allBest.cpuNanos() / 1e9));
    }

    /** One read + normalise of {@code source}: thread CPU times, wall time, output digest. */
    private static Run run(SourceConfig source) {
        List<SourceRecord> records = new ArrayList<>();
        long w0 = System.nanoTime();
        long t0 = CPU.getCurrentThreadCpuTime();
        new SourceReader().read(source, records::add, RejectSink.discarding());
        long t1 = CPU.getCurrentThreadCpuTime();
        RecordNormaliser normaliser = new RecordNormaliser(TODAY, source.dateFormat());
        List<NormalisedRecord> normalised = new ArrayList<>(records.size());
        for (SourceRecord s : records) {
            normalised.add(normaliser.normalise(s));
        }
        long t2 = CPU.getCurrentThreadCpuTime();
        long wall = System.nanoTime() - w0;
        return new Run(records.size(), t1 - t0, t2 - t1, wall, digest(normalised));
    }

    private static String digest(List<NormalisedRecord> records) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (NormalisedRecord r : records) {
                md.update(r.toString().getBytes(StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Run(long rows, long readNanos, long normaliseNanos, long wallNanos, String digest) {
        long cpuNanos() {
            return readNanos + normaliseNanos;
        }

        Run plus(Run o) {
            return new Run(rows + o.rows, readNanos + o.readNanos, normaliseNanos + o.normaliseNanos,
                    wallNanos + o.wallNanos, "");
        }
    }
}
