package org.residentindex.benchmarks.macro;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Runs the macro benchmark over several sizes and writes {@code bench.json} and {@code bench.md}. By default each
 * size runs in a fresh JVM ({@code java <jvmArgs> -cp <this classpath> MacroBenchmark ...}) so that its heap and
 * RSS figures are its own; {@code inProcess} runs them in this JVM instead (faster, for tests; memory figures then
 * include earlier sizes). A child's output goes to {@code OUT/size-N.log}. A size whose link run fails (out of
 * memory, say) is reported as a {@link SizeFailure} and the next size still runs.
 */
public final class BenchRunner {

    /**
     * What to run.
     *
     * @param sizes          resident counts, run in order
     * @param out            folder for {@code bench.json}, {@code bench.md}, per-size results and logs
     * @param seed           generator seed (the same for every size)
     * @param threads        engine worker threads
     * @param baselineSample records in each all-pairs baseline sample
     * @param inProcess      run sizes in this JVM rather than a child per size
     * @param jvmArgs        options of each child JVM, e.g. {@code -Xmx4g}
     * @param keepData       keep each size's generated data and link output under {@code OUT/work-N}
     */
    public record Options(List<Integer> sizes, Path out, long seed, int threads, int baselineSample,
            boolean inProcess, List<String> jvmArgs, boolean keepData) {

        public Options {
            sizes = List.copyOf(sizes);
            jvmArgs = List.copyOf(jvmArgs);
            if (sizes.isEmpty() || sizes.stream().anyMatch(s -> s < 1)) {
                throw new IllegalArgumentException("sizes must be one or more positive resident counts");
            }
            if (threads < 1 || baselineSample < 2) {
                throw new IllegalArgumentException("threads must be at least 1 and the baseline sample at least 2");
            }
        }
    }

    /** Runs every size; {@code log} gets one line as each size starts and ends. */
    public BenchReport run(Options o, Consumer<String> log) {
        Machine machine = Machine.current(o.inProcess() ? List.of() : o.jvmArgs());
        List<SizeResult> results = new ArrayList<>();
        List<SizeFailure> failures = new ArrayList<>();
        for (int size : o.sizes()) {
            log.accept(String.format(Locale.ROOT, "size %,d residents: generating and linking…", size));
            SizeOutcome outcome = o.inProcess() ? runHere(o, size) : runChild(o, size);
            if (outcome.result() != null) {
                SizeResult r = outcome.result();
                results.add(r);
                log.accept(String.format(Locale.ROOT,
                        "size %,d residents: %,d records in %.2f s (%,.0f records/s), F1 %.4f", size, r.records(),
                        r.totalSeconds(), r.recordsPerSecond(), r.f1()));
            } else {
                failures.add(outcome.failure());
                log.accept(String.format(Locale.ROOT, "size %,d residents: failed after %.1f s: %s", size,
                        outcome.failure().elapsedSeconds(), outcome.failure().error()));
            }
            new BenchReport(machine.finished(), results, failures).write(o.out());
        }
        BenchReport report = new BenchReport(machine.finished(), results, failures);
        report.write(o.out());
        return report;
    }

    private static MacroBenchmark.Settings settings(Options o, int size) {
        return new MacroBenchmark.Settings(size, o.seed(), o.threads(), o.baselineSample(),
                o.out().resolve("work-" + size), o.keepData());
    }

    private static SizeOutcome runHere(Options o, int size) {
        try {
            return new SizeOutcome(MacroBenchmark.run(settings(o, size)), null);
        } catch (SizeFailedException e) {
            return new SizeOutcome(null, e.failure());
        }
    }

    private static SizeOutcome runChild(Options o, int size) {
        MacroBenchmark.Settings s = settings(o, size);
        Path result = o.out().resolve("size-" + size + ".json");
        Path logFile = o.out().resolve("size-" + size + ".log");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(o.jvmArgs());
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), MacroBenchmark.class.getName(),
                "--size", String.valueOf(size), "--seed", String.valueOf(o.seed()), "--threads",
                String.valueOf(o.threads()), "--sample", String.valueOf(o.baselineSample()), "--work",
                s.workDir().toString(), "--result", result.toString()));
        if (o.keepData()) {
            cmd.add("--keep-data");
        }
        try {
            Files.createDirectories(o.out());
            Files.deleteIfExists(result);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
            int code = p.waitFor();
            if (!Files.exists(result)) {
                throw new IllegalStateException("the benchmark of " + size + " residents failed (exit code " + code
                        + "): " + tail(logFile));
            }
            return BenchJson.MAPPER.readValue(result.toFile(), SizeOutcome.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while benchmarking " + size + " residents", e);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
        return String.join(" / ", lines.subList(Math.max(0, lines.size() - 5), lines.size())) + " (see " + log + ")";
    }
}
