package org.residentindex.normalise;

import java.io.IOException;
import java.io.PrintStream;
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
 * (and the FEBRL files when present) it prints rows, µs per row for reading, for normalising and for both,
 * and a SHA-256 digest of every {@link NormalisedRecord#toString()} in file order. Not a test: run by hand,
 * e.g. with {@code -XX:StartFlightRecording} to find hot methods.
 *
 * <p>Arguments: {@code countyDir [residents=50000] [rounds=5] [febrlDir]}. The county is generated (seed 42)
 * when {@code countyDir/link.yaml} is absent.
 */
public final class NormaliseSpeedHarness {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

    private NormaliseSpeedHarness() {
    }

    public static void main(String[] args) throws IOException {
        Path county = Path.of(args[0]);
        int residents = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path febrl = args.length > 3 ? Path.of(args[3]) : Path.of("/work/shared/data/febrl");
        if (!Files.exists(county.resolve("link.yaml"))) {
            CountyGenerator.builder().residents(residents).seed(42).build().generate(county);
        }
        Map<String, SourceConfig> sources = new LinkedHashMap<>();
        for (SourceConfig s : new LinkConfigReader().read(county.resolve("link.yaml")).sources()) {
            sources.put(s.name(), s);
        }
        for (String f : List.of("dataset3.csv", "dataset4a.csv", "dataset4b.csv")) {
            if (Files.exists(febrl.resolve(f))) {
                sources.put("febrl-" + f, SourceConfig.of(febrl.resolve(f)));
            }
        }
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "%-28s %8s %9s %9s %9s %10s  %s%n", "dataset", "rows", "read µs", "norm µs",
                "both µs", "rows/s", "digest");
        long totalRows = 0;
        double totalNanos = 0;
        for (Map.Entry<String, SourceConfig> e : sources.entrySet()) {
            Result r = measure(e.getValue(), rounds);
            totalRows += r.rows;
            totalNanos += r.readNanos + r.normaliseNanos;
            out.printf(Locale.ROOT, "%-28s %8d %9.2f %9.2f %9.2f %10.0f  %s%n", e.getKey(), r.rows,
                    r.readNanos / 1e3 / r.rows, r.normaliseNanos / 1e3 / r.rows,
                    (r.readNanos + r.normaliseNanos) / 1e3 / r.rows,
                    r.rows / ((r.readNanos + r.normaliseNanos) / 1e9), r.digest);
        }
        out.printf(Locale.ROOT, "%-28s %8d %9s %9s %9.2f %10.0f%n", "ALL", totalRows, "", "",
                totalNanos / 1e3 / totalRows, totalRows / (totalNanos / 1e9));
    }

    /** Best-of-{@code rounds} read and normalise times (ns, whole dataset) and the output digest. */
    private static Result measure(SourceConfig source, int rounds) {
        SourceReader reader = new SourceReader();
        long bestRead = Long.MAX_VALUE;
        long bestNormalise = Long.MAX_VALUE;
        String digest = null;
        int rows = 0;
        for (int round = 0; round < rounds; round++) {
            List<SourceRecord> records = new ArrayList<>();
            long t0 = System.nanoTime();
            reader.read(source, records::add, RejectSink.discarding());
            long t1 = System.nanoTime();
            RecordNormaliser normaliser = new RecordNormaliser(TODAY, source.dateFormat());
            List<NormalisedRecord> normalised = new ArrayList<>(records.size());
            for (SourceRecord s : records) {
                normalised.add(normaliser.normalise(s));
            }
            long t2 = System.nanoTime();
            bestRead = Math.min(bestRead, t1 - t0);
            bestNormalise = Math.min(bestNormalise, t2 - t1);
            digest = digest(normalised);
            rows = records.size();
        }
        return new Result(rows, bestRead, bestNormalise, digest);
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

    private record Result(int rows, long readNanos, long normaliseNanos, String digest) { }
}
