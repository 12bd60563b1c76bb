package org.residentindex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.residentindex.PairExplanation;
import org.residentindex.ResidentIndex;
import org.residentindex.cluster.RecordKey;
import org.residentindex.score.Contribution;
import org.residentindex.score.WeightExplanation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rix explain}: prints the waterfall of one pair — prior, each field's level and bits, the total. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain one pair's match weight field by field (a waterfall), from a link run's index.")
public final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--index", required = true, paramLabel = "DIR", description = "The link run's output folder.")
    Path index;

    @Option(names = "--left", required = true, paramLabel = "SOURCE:ID", description = "Left record.")
    String left;

    @Option(names = "--right", required = true, paramLabel = "SOURCE:ID", description = "Right record.")
    String right;

    @Override
    public Integer call() {
        PairExplanation e = ResidentIndex.explain(index, key(left), key(right));
        PrintWriter o = spec.commandLine().getOut();
        WeightExplanation w = e.explanation();
        o.printf(Locale.ROOT, "%s  vs  %s%n", e.left(), e.right());
        o.printf(Locale.ROOT, "%-22s %-12s %10s %10s %8s %8s %9s%n", "field", "level", "m", "u", "bits", "tf", "running");
        double running = w.prior();
        o.printf(Locale.ROOT, "%-22s %-12s %10s %10s %+8.2f %8s %+9.2f%n", "prior", "", "", "", w.prior(), "",
                running);
        for (Contribution c : w.contributions()) {
            running += c.total();
            o.printf(Locale.ROOT, "%-22s %-12s %10s %10s %+8.2f %8s %+9.2f%n", c.field(), c.level(), p(c.m()),
                    p(c.u()), c.weight(), c.tfAdjustment() == 0 ? "" : String.format(Locale.ROOT, "%+.2f",
                    c.tfAdjustment()), running);
        }
        o.printf(Locale.ROOT, "total weight %+.2f  probability %.6f  decision %s%n", w.total(), w.probability(),
                e.decision());
        o.flush();
        return Rix.OK;
    }

    private static String p(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4g", v);
    }

    static RecordKey key(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("a record is SOURCE:ID, e.g. council_tax:CT000123");
        }
        return new RecordKey(text.substring(0, colon), text.substring(colon + 1));
    }
}
