package org.residentindex.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.residentindex.ResidentIndexException;
import org.residentindex.ingest.CsvRejectSink;
import org.residentindex.ingest.RejectSink;
import org.residentindex.ingest.config.LinkConfigReader;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.model.CanonicalField;
import org.residentindex.profile.ColumnProfile;
import org.residentindex.profile.Profile;
import org.residentindex.profile.Profiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rix profile FILE}: how a file was read and understood, and the quality of each column. */
@Command(
        name = "profile",
        mixinStandardHelpOptions = true,
        description = "Profile a CSV file: detected dialect, column mapping, per-column completeness and validity"
                + " (valid postcodes, parseable dates, numeric UPRNs) and rejected rows.")
public final class ProfileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file to profile.")
    Path file;

    @Option(names = "--config", paramLabel = "link.yaml",
            description = "Use the settings of FILE's source in this config, when it lists FILE.")
    Path config;

    @Option(names = "--id", paramLabel = "COLUMN", description = "The record id column.")
    String id;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN",
            description = "Map a canonical field to a column, e.g. --map given_name=forename. Repeatable.")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--ignore", paramLabel = "COLUMN", description = "Ignore a column. Repeatable.")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--rejects", paramLabel = "FILE", description = "Write rejected rows to this CSV file.")
    Path rejects;

    @Option(names = "--json", description = "Print the profile as JSON.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        for (String key : map.keySet()) {
            if (CanonicalField.fromKey(key).isEmpty()) {
                throw new IllegalArgumentException("--map: unknown canonical field '" + key + "'");
            }
        }
        SourceConfig source = sourceConfig();
        Profile profile;
        Profiler profiler = new Profiler(LocalDate.now());
        if (rejects != null) {
            org.residentindex.ingest.OutputPaths.checkFile("--rejects", rejects, java.util.Arrays.asList(file,
                    config));
            try (CsvRejectSink sink = new CsvRejectSink(rejects)) {
                profile = profiler.profile(source, sink);
            }
        } else {
            profile = profiler.profile(source, RejectSink.discarding());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(profile));
        } else {
            printText(out, profile);
        }
        out.flush();
        return Rix.OK;
    }

    private SourceConfig sourceConfig() {
        SourceConfig source = SourceConfig.of(file);
        if (config != null) {
            source = new LinkConfigReader().read(config).sourceFor(file).orElse(source);
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new ResidentIndexException("file not found: " + file);
        }
        if (id != null) {
            source = source.withId(id);
        }
        return source.withOverrides(map, ignore);
    }

    private static void printText(PrintWriter out, Profile p) {
        out.printf(Locale.ROOT, "source:   %s (%s)%n", p.source(), p.file());
        out.printf(Locale.ROOT, "dialect:  %s%s, %s%s%n", p.delimiter(), p.delimiterDetected() ? " (detected)" : "",
                p.encoding(), p.bom() ? ", with BOM" : "");
        out.println("mapping:");
        p.mapping().forEach((column, field) -> out.printf(Locale.ROOT, "  %-24s -> %s%n", column, field));
        out.printf(Locale.ROOT, "rows:     %d read, %d accepted, %d rejected%n", p.rowsRead(), p.accepted(),
                p.rejected());
        p.rejectsByReason().forEach((reason, n) -> {
            if (n > 0) {
                out.printf(Locale.ROOT, "  rejected, %s: %d%n", reason, n);
            }
        });
        out.printf(Locale.ROOT, "%-24s %-14s %9s %9s  %s%n", "column", "field", "complete%", "valid%", "check");
        for (ColumnProfile c : p.columns()) {
            out.printf(Locale.ROOT, "%-24s %-14s %9.2f %9s  %s%n", c.column(), c.field(), c.completeness(),
                    c.validity() == null ? "-" : String.format(Locale.ROOT, "%.2f", c.validity()),
                    c.check() == null ? "" : c.check());
        }
    }
}
