package org.residentindex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.residentindex.pprl.EncodedLinker;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code rix link} options for linking encodings ({@code rix link --encoded A.clk B.clk --out DIR}), mixed
 * into {@link LinkCommand}, which hands the whole run to {@link #run} when {@code --encoded} is given: the FILE
 * arguments are then {@code .clk} files made by {@code rix encode}.
 */
public final class EncodedLink {

    @Option(names = "--encoded", description = "The FILEs are .clk encodings (rix encode): link them without plaintext.")
    boolean encoded;

    @Option(names = "--one-to-one", description = "With --encoded: each record links to at most one record of each"
            + " other file, and never within its own file.")
    boolean oneToOne;

    /** Runs the encoded linkage and prints its summary; returns the exit code. */
    int run(CommandSpec spec, List<Path> files, Path out, Path truth, Integer threads) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("--encoded needs one or more .clk files");
        }
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr());
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        EncodedLinker.Result r = new EncodedLinker(new EncodedLinker.Request(files, truth, oneToOne, n, bar, null,
                null)).run(out);
        bar.finish();
        PrintWriter o = spec.commandLine().getOut();
        long total = r.records().values().stream().mapToLong(Long::longValue).sum();
        o.printf(Locale.ROOT, "records        %,d encoded records%n", total);
        r.records().forEach((s, c) -> o.printf(Locale.ROOT, "  %-20s %,d%n", s, c));
        o.printf(Locale.ROOT, "pairs compared %,d candidates (LSH over bit samples; %,d Dice computed; %,d pairs in"
                + " oversize buckets skipped)%n", r.candidates(), r.compared(), r.skippedPairs());
        o.printf(Locale.ROOT, "model          Dice bands per segment, EM %d iterations%s%n", r.emIterations(),
                r.emConverged() ? "" : " (not converged)");
        o.printf(Locale.ROOT, "links          %,d; review %,d%n", r.links(), r.review());
        o.printf(Locale.ROOT, "entities       %,d%n", r.entities());
        StringBuilder t = new StringBuilder();
        Duration sum = Duration.ZERO;
        for (var e : r.timings().entrySet()) {
            t.append(e.getKey()).append(' ').append(seconds(e.getValue())).append("  ");
            sum = sum.plus(e.getValue());
        }
        o.printf(Locale.ROOT, "time           %s total (%s)%n", seconds(sum), t.toString().trim());
        if (r.evaluation() != null) {
            o.printf(Locale.ROOT, "blocking       recall %.4f: %,d of %,d true pairs compared%n",
                    r.pairCompleteness().completeness(), r.pairCompleteness().found(), r.pairCompleteness().truePairs());
            var p = r.evaluation().pairwise();
            o.printf(Locale.ROOT, "accuracy       pairwise P %.4f / R %.4f / F1 %.4f (TP %,d, FP %,d, FN %,d); B-cubed F1"
                    + " %.4f%n", p.precision(), p.recall(), p.f1(), p.truePositives(), p.falsePositives(),
                    p.falseNegatives(), r.evaluation().bcubed().f1());
        }
        o.printf(Locale.ROOT, "output         %s%n", out);
        o.flush();
        return Rix.OK;
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2fs", d.toNanos() / 1e9);
    }
}
