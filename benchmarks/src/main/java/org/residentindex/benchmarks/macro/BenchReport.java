package org.residentindex.benchmarks.macro;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A macro benchmark run: the machine and one {@link SizeResult} per size. Written as {@code bench.json} (all
 * figures) and {@code bench.md} (the scaling table, the blocking and accuracy table, the baseline table).
 *
 * @param machine  where and when
 * @param results  one per size that completed, in the order run
 * @param failures one per size whose link run failed, in the order run
 */
public record BenchReport(Machine machine, List<SizeResult> results, List<SizeFailure> failures) {

    /** File name of the JSON report. */
    public static final String JSON = "bench.json";
    /** File name of the Markdown report. */
    public static final String MARKDOWN = "bench.md";

    /** The engine stages in pipeline order; {@code gazetteer} shows "—" while the pipeline has no such stage. */
    static final List<String> STAGES = List.of("read", "gazetteer", "block", "index", "compare", "train", "score",
            "cluster");

    public BenchReport {
        results = List.copyOf(results);
        failures = failures == null ? List.of() : List.copyOf(failures);
    }

    /** Reads a {@code bench.json}. */
    public static BenchReport read(Path file) {
        try {
            return BenchJson.MAPPER.readValue(file.toFile(), BenchReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code bench.json} and {@code bench.md} into {@code dir}. */
    public void write(Path dir) {
        try {
            Files.createDirectories(dir);
            BenchJson.MAPPER.writeValue(dir.resolve(JSON).toFile(), this);
            Files.writeString(dir.resolve(MARKDOWN), markdown(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Markdown tables. */
    public String markdown() {
        StringBuilder b = new StringBuilder();
        Machine m = machine;
        b.append(String.format(Locale.ROOT, "Measured %s on %d × %s, %.1f GiB RAM, %s; load average %.2f at start,"
                + " %.2f at end; each size in its own JVM with %s.%n%n", m.date(), m.processors(), m.cpuModel(),
                m.memoryBytes() / (double) (1L << 30), m.jvm(), m.loadAverageStart(), m.loadAverageEnd(),
                m.childJvmArgs().isEmpty() ? "the runner's JVM (in-process)" : String.join(" ", m.childJvmArgs())));
        b.append(timeTable()).append('\n').append(qualityTable()).append('\n').append(baselineTable());
        if (!failures.isEmpty()) {
            b.append('\n').append(failureTable());
        }
        return b.toString();
    }

    private String timeTable() {
        List<String> head = new ArrayList<>(List.of("residents", "records"));
        STAGES.forEach(s -> head.add(s + " s"));
        head.addAll(List.of("total s", "records/s", "peak heap MiB", "peak RSS MiB"));
        List<List<String>> rows = new ArrayList<>();
        for (SizeResult r : results) {
            List<String> row = new ArrayList<>(List.of(count(r.residents()), count(r.records())));
            for (String s : STAGES) {
                Double v = r.stageSeconds().get(s);
                row.add(v == null ? "—" : num(v, 2));
            }
            double other = r.stageSeconds().entrySet().stream().filter(e -> !STAGES.contains(e.getKey()))
                    .mapToDouble(Map.Entry::getValue).sum();
            row.add(num(r.totalSeconds(), 2) + (other > 0 ? " (other stages " + num(other, 2) + ")" : ""));
            row.add(count(Math.round(r.recordsPerSecond())));
            row.add(mib(r.peakHeapBytes()));
            row.add(r.peakRssBytes() < 0 ? "n/a" : mib(r.peakRssBytes()));
            rows.add(row);
        }
        return table(head, rows);
    }

    private String qualityTable() {
        List<String> head = List.of("residents", "candidate pairs", "pairs/record", "reduction ratio",
                "pairs skipped (block cap)", "pair completeness", "precision", "recall", "F1", "B³ F1", "entities");
        List<List<String>> rows = new ArrayList<>();
        for (SizeResult r : results) {
            rows.add(List.of(count(r.residents()), count(r.candidatePairs()), num(r.pairsPerRecord(), 1),
                    num(r.reductionRatio(), 6), count(r.skippedPairs()),
                    num(r.pairCompleteness(), 4) + " (" + count(r.truePairsInCandidates()) + " of "
                            + count(r.truePairs()) + ")",
                    num(r.precision(), 4), num(r.recall(), 4), num(r.f1(), 4), num(r.bcubedF1(), 4),
                    count(r.entities())));
        }
        return table(head, rows);
    }

    private String baselineTable() {
        List<String> head = List.of("residents", "sample records", "all pairs", "blocked pairs", "reduction ratio",
                "true pairs missed by blocking", "model links missed by blocking", "all-pairs pairs/s (1 thread)");
        List<List<String>> rows = new ArrayList<>();
        for (SizeResult r : results) {
            Baseline x = r.baseline();
            rows.add(List.of(count(r.residents()), count(x.sampleRecords()), count(x.allPairs()),
                    count(x.blockedPairs()), num(x.reductionRatio(), 6),
                    pct(x.truePairsMissedShare()) + " (" + count(x.truePairsMissed()) + " of " + count(x.truePairs())
                            + ")",
                    pct(x.modelLinksMissedShare()) + " (" + count(x.modelLinksMissed()) + " of "
                            + count(x.modelLinks()) + ")",
                    count(Math.round(x.pairsPerSecond()))));
        }
        return table(head, rows);
    }

    private String failureTable() {
        List<String> head = List.of("residents", "records", "max heap MiB", "failed after s",
                "last progress (s from start)", "peak heap MiB", "peak RSS MiB", "error");
        List<List<String>> rows = new ArrayList<>();
        for (SizeFailure f : failures) {
            StringBuilder p = new StringBuilder();
            f.progressSeconds().forEach((stage, sec) -> p.append(p.length() == 0 ? "" : ", ").append(stage)
                    .append(' ').append(num(sec, 1)));
            rows.add(List.of(count(f.residents()), count(f.records()), mib(f.maxHeapBytes()),
                    num(f.elapsedSeconds(), 1), p.toString(), mib(f.peakHeapBytes()),
                    f.peakRssBytes() < 0 ? "n/a" : mib(f.peakRssBytes()), f.error().replace("|", "/")));
        }
        return "Failed sizes:\n\n" + table(head, rows);
    }

    private static String table(List<String> head, List<List<String>> rows) {
        StringBuilder b = new StringBuilder();
        b.append("| ").append(String.join(" | ", head)).append(" |\n|");
        head.forEach(h -> b.append(" ---: |"));
        b.append('\n');
        rows.forEach(r -> b.append("| ").append(String.join(" | ", r)).append(" |\n"));
        return b.toString();
    }

    private static String count(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    private static String num(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.3f%%", share * 100);
    }

    private static String mib(long bytes) {
        return count(Math.round(bytes / (double) (1L << 20)));
    }
}
