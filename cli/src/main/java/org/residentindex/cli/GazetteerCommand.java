package org.residentindex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.residentindex.ResidentIndexException;
import org.residentindex.gazetteer.AddressMatcher;
import org.residentindex.gazetteer.BatchMatch;
import org.residentindex.gazetteer.Gazetteer;
import org.residentindex.gazetteer.GazetteerFormat;
import org.residentindex.gazetteer.GazetteerOptions;
import org.residentindex.gazetteer.MatchStatus;
import org.residentindex.ingest.OutputPaths;
import org.residentindex.ingest.config.LinkConfig;
import org.residentindex.ingest.config.LinkConfigReader;
import org.residentindex.ingest.config.SourceConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rix gazetteer}: prebuild a gazetteer's index ({@code build}) and match a CSV's addresses to UPRNs
 * ({@code match}). Parses options, calls the engine, prints the summary.
 */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Property gazetteer: build its index, match addresses to UPRNs.",
        subcommands = {GazetteerCommand.Build.class, GazetteerCommand.Match.class})
public final class GazetteerCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Rix.USAGE;
    }

    /** Options shared by both subcommands: which gazetteer, where its index lives, column overrides. */
    static final class GazetteerOptionsMixin {
        @Option(names = "--gazetteer", paramLabel = "G.csv",
                description = "Gazetteer CSV (structured BS7666 columns or flat uprn,address,postcode).")
        Path gazetteer;

        @Option(names = "--index", paramLabel = "DIR",
                description = "Index directory (default: <gazetteer file>.rix-index/).")
        Path index;

        @Option(names = "--gazetteer-map", paramLabel = "FIELD=COLUMN",
                description = "Gazetteer column override, e.g. street_en=STREET_NAME (repeatable).")
        Map<String, String> gazetteerMap = new LinkedHashMap<>();

        @Option(names = "--gazetteer-format", paramLabel = "FORMAT", defaultValue = "auto",
                description = "Gazetteer layout: auto (detected), csv, dtf (NLPG DTF 7.3), addressbase_plus.")
        String format;

        /** {@link #open}, with the gazetteer's column hints naming {@code option} (match's map is another). */
        Gazetteer openNamingOption(PrintWriter out, Path fromConfig, String option) {
            try {
                return open(out, fromConfig);
            } catch (ResidentIndexException e) {
                String m = String.valueOf(e.getMessage());
                if (!m.contains("--map ")) {
                    throw e;
                }
                throw new ResidentIndexException(m.replace("--map ", option + " "), e);
            }
        }

        Gazetteer open(PrintWriter out, Path fromConfig) {
            Path g = gazetteer != null ? gazetteer : fromConfig;
            if (g == null) {
                throw new IllegalArgumentException("--gazetteer is required (or a gazetteer: entry in --config)");
            }
            long start = System.nanoTime();
            GazetteerFormat f = GazetteerFormat.fromKey(format).orElseThrow(() -> new IllegalArgumentException(
                    "--gazetteer-format: unknown format '" + format + "'; expected auto, csv, dtf or addressbase_plus"));
            Gazetteer gz = Gazetteer.open(g, GazetteerOptions.defaults().withMapping(gazetteerMap).withIndexDir(index)
                    .withFormat(f));
            out.printf(Locale.ROOT, "gazetteer: %,d properties, index %s in %.1f s%n", gz.size(),
                    gz.indexWasBuilt() ? "built" : "reused", (System.nanoTime() - start) / 1e9);
            return gz;
        }
    }

    /** What both subcommands share: output, {@code --verbose}, the gazetteer options. */
    abstract static class Subcommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        Verbosity verbosity;

        @Mixin
        GazetteerOptionsMixin gazetteer;
    }

    /** {@code rix gazetteer build}. */
    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Load a gazetteer and build its Lucene index (reused while the file is unchanged).")
    static final class Build extends Subcommand {
        @Option(names = "--map", paramLabel = "FIELD=COLUMN",
                description = "Gazetteer column override, e.g. uprn=PROPREF (repeatable).")
        Map<String, String> map = new LinkedHashMap<>();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            gazetteer.gazetteerMap.putAll(map);
            try (Gazetteer g = gazetteer.open(out, null)) {
                out.flush();
                return g.size() > 0 ? Rix.OK : Rix.FAILURE;
            }
        }
    }

    /** {@code rix gazetteer match}. */
    @Command(name = "match", mixinStandardHelpOptions = true,
            description = "Append uprn_matched, match_score, match_status, match_address_status, match_alternatives"
                    + " to every row of a CSV.")
    static final class Match extends Subcommand {
        @Option(names = "--in", required = true, paramLabel = "FILE.csv", description = "Input CSV with addresses.")
        Path in;

        @Option(names = "--out", required = true, paramLabel = "OUT.csv", description = "Output CSV.")
        Path out;

        @Option(names = "--config", paramLabel = "link.yaml",
                description = "Config whose source for --in gives the column mapping (and the gazetteer).")
        Path config;

        @Option(names = "--map", paramLabel = "FIELD=COLUMN",
                description = "Input column override, e.g. address=ADDR_LINE (repeatable; wins over --config).")
        Map<String, String> map = new LinkedHashMap<>();

        @Option(names = "--threads", defaultValue = "2", description = "Matching threads (default ${DEFAULT-VALUE}).")
        int threads;

        @Option(names = "--xy", description = "Also append x,y: the gazetteer's coordinates of the matched UPRN.")
        boolean xy;

        @Option(names = "--geojson", paramLabel = "FILE.geojson",
                description = "Also write the matched rows as GeoJSON points (row number, UPRN, status, score).")
        Path geojson;

        @Override
        public Integer call() {
            PrintWriter pw = spec.commandLine().getOut();
            Map<String, String> mapping = new LinkedHashMap<>();
            Path fromConfig = null;
            if (config != null) {
                LinkConfig cfg = new LinkConfigReader().read(config);
                fromConfig = cfg.gazetteer();
                cfg.sourceFor(in).map(SourceConfig::mapping).ifPresent(mapping::putAll);
            }
            mapping.putAll(map);
            OutputPaths.checkFile("--out", out, java.util.Arrays.asList(in, config, fromConfig,
                    gazetteer.gazetteer, gazetteer.index));
            if (geojson != null) {
                OutputPaths.checkFile("--geojson", geojson, java.util.Arrays.asList(in, config, fromConfig,
                        gazetteer.gazetteer, gazetteer.index, out));
            }
            try (Gazetteer g = gazetteer.openNamingOption(pw, fromConfig, "--gazetteer-map")) {
                BatchMatch.Summary s = new BatchMatch(AddressMatcher.of(g), threads, g).run(in, out, mapping,
                        new BatchMatch.Output(xy, geojson));
                for (String w : s.warnings()) {
                    pw.println("warning: " + w);
                }
                pw.printf(Locale.ROOT, "matched %,d rows in %.2f s (%,.0f rows/s, %d threads) -> %s%n", s.rows(),
                        s.nanos() / 1e9, s.perSecond(), threads, out);
                for (MatchStatus status : MatchStatus.values()) {
                    long n = s.byStatus().get(status);
                    pw.printf(Locale.ROOT, "  %-12s %,10d  %5.1f%%%n", status.key(), n,
                            s.rows() == 0 ? 0.0 : 100.0 * n / s.rows());
                }
                if (geojson != null) {
                    pw.printf(Locale.ROOT, "map: %,d matched rows with coordinates -> %s%n", s.mapped(), geojson);
                }
                pw.flush();
                return Rix.OK;
            }
        }
    }
}
