package org.residentindex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    @Mixin
    ProgressOptions progress;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "CSV sources (name = file name without extension).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(names = "--config", paramLabel = "link.yaml", description = "Config whose 'sources' are linked too.")
    Path config;

    @Option(names = "--id", paramLabel = "[SOURCE:]COLUMN",
            description = "Record id column (of SOURCE only, or of every source). Repeatable. Default: detected per file.")
    List<String> id = new ArrayList<>();

    @Option(names = "--map", paramLabel = "[SOURCE:]FIELD=COLUMN",
            description = "Map a canonical field (rix fields) to a column, of SOURCE only or of every source. Repeatable.")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--skip-rows", paramLabel = "[SOURCE:]N",
            description = "Rows above the header to skip (default: title rows are detected).")
    List<String> skipRows = new ArrayList<>();

    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "Property gazetteer CSV: given UPRNs are checked and addresses matched to UPRNs.")
    Path gazetteer;

    @Option(names = "--strict", description = "Fail when a source's columns give a warning (no name, no date of"
            + " birth, a personal-looking column unmapped, two columns claiming one field ...).")
    boolean strict;

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

    @Option(names = "--model-plain-names",
            description = "Keep names in model.json's term-frequency tables (personal data: only for a model kept"
                    + " inside the council). Default: hashed with a per-model salt, values seen < 5 times pooled.")
    boolean modelPlainNames;

    @Mixin
    EncodedLink encodedLink;

    @Option(names = "--residents-file", description = "Also write residents.csv: one golden record per resident,"
            + " each field with its source (masked unless --show-personal-data).")
    boolean residentsFile;

    @Option(names = "--show-personal-data", description = "Write residents.csv (golden records) unmasked.")
    boolean showPersonalData;

    @Override
    public Integer call() {
        if (threads != null && threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be at least 1 (found " + threads + ")");
        }
        if (encodedLink.encoded) {
            return encodedLink.run(spec, files, out, truth, threads);
        }
        LinkConfig linkConfig = config == null ? null : new LinkConfigReader().read(config);
        Path gazetteerFile = gazetteer != null ? gazetteer : linkConfig == null ? null : linkConfig.gazetteer();
        checkOutput(linkConfig, gazetteerFile);
        List<SourceConfig> sources = new ArrayList<>();
        for (Path f : files) {
            if (!sameFile(f, gazetteerFile) && !sameFile(f, truth)) {
                sources.add(adjust(SourceConfig.of(f)));
            }
        }
        if (sources.isEmpty() && (linkConfig == null || linkConfig.sources().isEmpty())) {
            throw new IllegalArgumentException("no sources: give CSV or .xlsx files and/or --config link.yaml with"
                    + " 'sources'");
        }
        List<SourceConfig> configSources = linkConfig == null ? List.of() : linkConfig.sources().stream()
                .map(this::adjust).toList();
        SourceSettings settings = new SourceSettings(map, id, skipRows);
        List<SourceConfig> all = new ArrayList<>(configSources);
        all.addAll(sources);
        all = settings.apply(all);
        List<SourceSettings.Understood> understood = SourceSettings.inspect(all, SourceSettings.mapper(gazetteerFile));
        PrintWriter err = spec.commandLine().getErr();
        SourceSettings.report(understood, err, strict);
        List<SourceConfig> pinnedConfig = new ArrayList<>();
        sources = new ArrayList<>();
        contributed.clear();
        for (int i = 0; i < understood.size(); i++) {
            SourceSettings.Understood u = understood.get(i);
            if (i >= configSources.size() && !SourceSettings.hasPersonFields(u.mapping())) {
                err.println("warning: source '" + u.config().name() + "' (" + u.config().path() + ") skipped: no name"
                        + " or date of birth column to link a person on; map one with --map " + u.config().name()
                        + ":FIELD=COLUMN to include it");
                continue;
            }
            contributed.put(u.config().name(), fieldsOf(u));
            (i < configSources.size() ? pinnedConfig : sources).add(SourceSettings.pinned(u));
        }
        err.flush();
        if (linkConfig != null) {
            linkConfig = linkConfig.withSources(pinnedConfig);
        }
        if (gazetteer != null) {
            linkConfig = linkConfig == null ? new LinkConfig(List.of(), gazetteer)
                    : new LinkConfig(linkConfig.sources(), gazetteer, linkConfig.maturity(), linkConfig.insights());
        }
        ProgressBar bar = progress.bar(spec.commandLine().getErr());
        ResidentIndex.Builder builder = ResidentIndex.builder().config(linkConfig).configFile(config).sources(sources).model(model)
                .decisions(decisions).previousEntities(previous).listener(bar).truth(truth)
                .modelPlainNames(modelPlainNames);
        if (threads != null) {
            builder.threads(threads);
        }
        builder.showPersonalData(showPersonalData).residentsFile(residentsFile);
        LinkResult result;
        try {
            result = builder.build().link(out);
        } catch (RuntimeException | Error e) {
            bar.abort(); // the error message then starts on a line of its own
            throw e;
        }
        bar.finish();
        printSummary(spec.commandLine().getOut(), result);
        return Rix.OK;
    }

    /**
     * The engine refuses an --out folder holding an input before it writes; the same check runs here first,
     * before the sources are inspected, so that refusal is the one the user sees.
     */
    private void checkOutput(LinkConfig linkConfig, Path gazetteerFile) {
        List<Path> inputs = new ArrayList<>(files);
        if (linkConfig != null) {
            linkConfig.sources().forEach(s -> inputs.add(s.path()));
        }
        inputs.addAll(java.util.Arrays.asList(config, gazetteerFile, truth, model, decisions, previous));
        List<Path> own = new ArrayList<>();
        for (String f : List.of("entities.csv", "decisions.csv", "model.json", "merged_into.csv")) {
            own.add(out.resolve(f));
        }
        org.residentindex.ingest.OutputPaths.checkFolder("--out", out, inputs, own);
    }

    private SourceConfig adjust(SourceConfig s) {
        return ignore.isEmpty() ? s : s.withOverrides(Map.of(), ignore);
    }

    private static boolean sameFile(Path a, Path b) {
        return b != null && a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static String fieldsOf(SourceSettings.Understood u) {
        List<String> keys = new ArrayList<>();
        u.mapping().fields().forEach((field, column) -> {
            if (field != org.residentindex.model.CanonicalField.RECORD_ID) {
                keys.add(field.key());
            }
        });
        return String.join(", ", keys);
    }

    /** Source name → the canonical fields it contributed, for the summary. */
    private final Map<String, String> contributed = new LinkedHashMap<>();

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
        contributed.forEach((source, fields) -> o.printf(Locale.ROOT, "  %-20s %s%n", source, fields));
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
