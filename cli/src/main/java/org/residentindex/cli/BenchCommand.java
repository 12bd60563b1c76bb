package org.residentindex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.residentindex.benchmarks.macro.BenchReport;
import org.residentindex.benchmarks.macro.BenchRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rix bench}: the end-to-end macro benchmark. For each size, generates a seeded county (not timed), links
 * it in a fresh JVM and records stage times, records/s, peak heap and RSS, pairs per record, pair completeness,
 * F1 against truth and an all-pairs baseline on a sample; writes {@code bench.json} and {@code bench.md} into
 * {@code --out} and prints the tables. All the work is in {@link BenchRunner}. Exit code 1 when a size's link
 * run failed (out of memory, say): the report, with how far that size got, is still written.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "End-to-end macro benchmark: generate counties of the given sizes (not timed), link each in a"
                + " fresh JVM, time every stage, measure memory, pair completeness and F1 against truth, and write"
                + " bench.json and bench.md.")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--residents", split = ",", paramLabel = "N[,N...]", defaultValue = "10000,100000,1000000",
            description = "County sizes in residents, run in order (default: ${DEFAULT-VALUE}).")
    List<Integer> residents = new ArrayList<>();

    @Option(names = "--out", defaultValue = "bench-out", paramLabel = "DIR",
            description = "Folder for bench.json, bench.md and per-size logs (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Engine worker threads (default: all processors).")
    Integer threads;

    @Option(names = "--sample", defaultValue = "2000", paramLabel = "RECORDS",
            description = "Records in the all-pairs baseline sample (default: ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--xmx", defaultValue = "4g", paramLabel = "SIZE",
            description = "Maximum heap of each size's JVM (default: ${DEFAULT-VALUE}).")
    String xmx;

    @Option(names = "--jvm-arg", paramLabel = "OPTION",
            description = "Extra option for each size's JVM, e.g. -XX:StartFlightRecording=filename=/tmp/rix.jfr"
                    + " (repeatable). Each child runs -XX:+UseParallelGC unless an option picks a collector.")
    List<String> jvmArgs = new ArrayList<>();

    @Option(names = "--in-process", description = "Run every size in this JVM (faster; memory figures then"
            + " include earlier sizes).")
    boolean inProcess;

    @Option(names = "--keep-data", description = "Keep each size's generated data and link output in DIR/work-N.")
    boolean keepData;

    /** The collector of each child JVM unless a {@code --jvm-arg} picks one: the one the {@code ./rix} launcher uses. */
    static final String PARALLEL_GC = "-XX:+UseParallelGC";

    @Override
    public Integer call() {
        org.residentindex.ingest.OutputPaths.checkFolder("--out", out, List.of(), List.of());
        if (threads != null && threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be at least 1 (found " + threads + ")");
        }
        List<String> childArgs = new ArrayList<>(List.of("-Xmx" + xmx));
        if (jvmArgs.stream().noneMatch(a -> a.startsWith("-XX:+Use") && a.endsWith("GC"))) {
            childArgs.add(PARALLEL_GC);
        }
        childArgs.addAll(jvmArgs);
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        BenchRunner.Options options = new BenchRunner.Options(residents, out, seed, workers, sample, inProcess,
                childArgs, keepData);
        PrintWriter err = spec.commandLine().getErr();
        BenchReport report = new BenchRunner().run(options, line -> {
            err.println(line);
            err.flush();
        });
        PrintWriter o = spec.commandLine().getOut();
        o.print(report.markdown());
        o.println();
        o.println("Wrote " + out.resolve(BenchReport.JSON) + " and " + out.resolve(BenchReport.MARKDOWN));
        o.flush();
        return report.failures().isEmpty() ? Rix.OK : Rix.FAILURE;
    }
}
