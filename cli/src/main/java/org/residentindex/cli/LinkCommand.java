package org.residentindex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.residentindex.LinkResult;
import org.residentindex.ResidentIndex;
import org.residentindex.ingest.config.LinkConfig;
import org.residentindex.ingest.config.LinkConfigReader;
import org.residentindex.ingest.config.SourceConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rix link}: parses, calls {@link ResidentIndex#link}, draws progress on stderr and prints the summary. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Link (several sources) or de-duplicate (one source) residents' records into resident entities."
                + " Writes entities.csv, links.csv, review.csv, rejects.csv, model.json, run.json and index/ into --out.")
public final class LinkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "CSV sources (name = file name without extension).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(names = "--config", paramLabel = "link.yaml", description = "Config whose 'sources' are linked too.")
    Path config;

    @Option(names = "--id", paramLabel = "COLUMN", description = "Record id column of the command-line sources.")
    String id;

    @Option(names = "--ignore", arity = "1..*", paramLabel = "COLUMN", description = "Columns not used at all.")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--model", paramLabel = "model.json", description = "Reuse a saved model (skips training).")
    Path model;

    @Option(names = "--decisions", paramLabel = "FILE",
            description = "Reviewers' decisions.csv (default: DIR/decisions.csv when present).")
    Path decisions;

    @Option(names = "--previous", paramLabel = "FILE",
            description = "Previous entities.csv for stable ids (default: DIR/entities.csv when present).")
    Path previous;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all processors).")
    Integer threads;

    @Option(names = "--truth", paramLabel = "FILE",
            description = "Known truth (source,record_id,entity_id): also report blocking recall (true pairs missed"
                    + " go to DIR/blocking_missed.csv) and the final accuracy, overall and per source.")
    Path truth;

    @Option(names = "--show-personal-data", description = "Write residents.csv (golden records) unmasked.")
    boolean showPersonalData;

    @Override
    public Integer call() {
        LinkConfig linkConfig = config == null ? null : new LinkConfigReader().read(config);
        if (linkConfig != null && (id != null || !ignore.isEmpty())) {
            List<SourceConfig> adjusted = new ArrayList<>();
            for (SourceConfig s : linkConfig.sources()) {
                adjusted.add(adjust(s));
            }
            linkConfig = linkConfig.withSources(adjusted);
        }
        List<SourceConfig> sources = new ArrayList<>();
        for (Path f : files) {
            sources.add(adjust(SourceConfig.of(f)));
        }
        if (sources.isEmpty() && (linkConfig == null || linkConfig.sources().isEmpty())) {
            throw new IllegalArgumentException("no sources: give CSV files and/or --config link.yaml with 'sources'");
        }
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr());
        ResidentIndex.Builder builder = ResidentIndex.builder().config(linkConfig).configFile(config).sources(sources).model(model)
                .decisions(decisions).previousEntities(previous).listener(bar).truth(truth);
        if (threads != null) {
            builder.threads(threads);
        }
        builder.showPersonalData(showPersonalData);
        LinkResult result = builder.build().link(out);
        bar.finish();
        printSummary(spec.commandLine().getOut(), result);
        return Rix.OK;
    }

    private SourceConfig adjust(SourceConfig s) {
        SourceConfig adjusted = id != null && s.id() == null ? s.withId(id) : s;
        return ignore.isEmpty() ? adjusted : adjusted.withOverrides(Map.of(), ignore);
    }

    private void printSummary(PrintWriter o, LinkResult r) {
        o.printf(Locale.ROOT, "records        %,d accepted, %,d rejected%n", r.records(), r.rejects());
        r.perSource().forEach((name, c) -> o.printf(Locale.ROOT, "  %-20s %,d read, %,d accepted, %,d rejected%n",
                name, c.rowsRead(), c.accepted(), c.rejected()));
        LinkResult.GazetteerCounts g = r.gazetteer();
        if (g.used()) {
            StringBuilder m = new StringBuilder();
            g.matched().forEach((status, n) -> m.append(status).append(' ').append(String.format(Locale.ROOT, "%,d", n))
                    .append(", "));
            o.printf(Locale.ROOT, "gazetteer      %,d UPRNs trusted as given, %,d given but unknown; addresses matched: %s%n",
                    g.trusted(), g.givenUnknown(), m.substring(0, Math.max(0, m.length() - 2)));
        }
        o.printf(Locale.ROOT, "pairs compared %,d (reduction ratio %.6f; %,d pairs in oversize blocks skipped)%n",
                r.candidatePairs(), r.reductionRatio(), r.skippedPairs());
        for (LinkResult.BlockingCount b : r.blocking()) {
            if (b.pairs() > 0 || b.skippedPairs() > 0 || b.skippedBlocks() > 0) {
                o.printf(Locale.ROOT, "  %-44s %,d pairs in %,d blocks; %,d skipped in %,d oversize blocks%n",
                        b.rule(), b.pairs(), b.blocks(), b.skippedPairs(), b.skippedBlocks());
            }
        }
        o.printf(Locale.ROOT, "fields         %s%n", String.join(", ", r.fields()));
        o.printf(Locale.ROOT, "model          %s%n", r.modelTrained() ? "trained on this data" : "loaded (--model)");
        o.printf(Locale.ROOT, "links          %,d; review %,d%n", r.links(), r.reviewPairs());
        o.printf(Locale.ROOT, "entities       %,d (%,d new ids)%n", r.entities(), r.newEntityIds());
        StringBuilder t = new StringBuilder();
        r.timings().forEach((stage, d) -> t.append(stage).append(' ').append(seconds(d)).append("  "));
        o.printf(Locale.ROOT, "time           %s total (%s)%n", seconds(r.total()), t.toString().trim());
        if (r.truth() != null) {
            printTruth(o, r.truth());
        }
        o.printf(Locale.ROOT, "output         %s%n", out);
        o.flush();
    }

    private static void printTruth(PrintWriter o, LinkResult.TruthCheck t) {
        o.printf(Locale.ROOT, "blocking       recall %.4f: %,d of %,d true pairs compared; %,d missed (blocking_missed.csv)%n",
                t.pairCompleteness(), t.truePairsFound(), t.truePairs(), t.truePairs() - t.truePairsFound());
        var p = t.evaluation().pairwise();
        var b = t.evaluation().bcubed();
        o.printf(Locale.ROOT, "accuracy       pairwise P %.4f / R %.4f / F1 %.4f (TP %,d, FP %,d, FN %,d); B-cubed F1 %.4f%n",
                p.precision(), p.recall(), p.f1(), p.truePositives(), p.falsePositives(), p.falseNegatives(), b.f1());
        if (t.bySource().bySource().size() > 1) {
            t.bySource().bySource().forEach((source, m) -> o.printf(Locale.ROOT,
                    "  %-20s P %.4f / R %.4f / F1 %.4f over pairs touching it%n", source, m.precision(), m.recall(),
                    m.f1()));
        }
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2fs", d.toNanos() / 1e9);
    }
}
