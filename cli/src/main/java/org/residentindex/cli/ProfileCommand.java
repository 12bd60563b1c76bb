package org.residentindex.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.residentindex.ResidentIndexException;
import org.residentindex.ingest.ColumnMapping;
import org.residentindex.ingest.CsvRejectSink;
import org.residentindex.ingest.MappingDecision;
import org.residentindex.ingest.RejectSink;
import org.residentindex.ingest.config.LinkConfigReader;
import org.residentindex.ingest.config.SourceConfig;
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

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The CSV or .xlsx files to profile.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--config", paramLabel = "link.yaml",
            description = "Use the settings of FILE's source in this config, when it lists FILE.")
    Path config;

    @Option(names = "--id", paramLabel = "[SOURCE:]COLUMN", description = "The record id column. Repeatable.")
    List<String> id = new ArrayList<>();

    @Option(names = "--map", paramLabel = "[SOURCE:]FIELD=COLUMN",
            description = "Map a canonical field (rix fields) to a column, e.g. --map given_name=forename. Repeatable.")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--skip-rows", paramLabel = "[SOURCE:]N",
            description = "Rows above the header to skip (default: title rows are detected).")
    List<String> skipRows = new ArrayList<>();

    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "Property gazetteer CSV: a column whose values are its UPRNs is recognised as uprn.")
    Path gazetteer;

    @Option(names = "--write-config", paramLabel = "link.yaml",
            description = "Write a link.yaml from what was understood (refuses to overwrite a file).")
    Path writeConfig;

    @Option(names = "--strict", description = "Fail when a file's columns give a warning.")
    boolean strict;

    @Option(names = "--ignore", paramLabel = "COLUMN", description = "Ignore a column. Repeatable.")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--rejects", paramLabel = "FILE", description = "Write rejected rows to this CSV file.")
    Path rejects;

    @Option(names = "--json", description = "Print the profile as JSON.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        List<SourceConfig> sources = new ArrayList<>();
        for (Path file : files) {
            sources.add(sourceConfig(file));
        }
        sources = new SourceSettings(map, id, skipRows).apply(sources);
        List<SourceSettings.Understood> understood = SourceSettings.inspect(sources, SourceSettings.mapper(gazetteer));
        PrintWriter out = spec.commandLine().getOut();
        List<Profile> profiles = new ArrayList<>();
        Profiler profiler = new Profiler(LocalDate.now(ZoneOffset.UTC));
        for (SourceSettings.Understood u : understood) {
            SourceConfig pinned = SourceSettings.pinned(u);
            Profile profile;
            if (rejects != null) {
                java.util.List<Path> inputs = new ArrayList<>(files);
                inputs.add(config);
                inputs.add(gazetteer);
                org.residentindex.ingest.OutputPaths.checkFile("--rejects", rejects, inputs);
                try (CsvRejectSink sink = new CsvRejectSink(rejects)) {
                    profile = profiler.profile(pinned, sink);
                }
            } else {
                profile = profiler.profile(pinned, RejectSink.discarding());
            }
            profiles.add(profile);
            if (!json) {
                printText(out, profile, u.mapping());
            }
        }
        if (json) {
            ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            com.fasterxml.jackson.databind.node.ArrayNode all = om.createArrayNode();
            for (int i = 0; i < profiles.size(); i++) {
                // the profile's own fields, plus how each column was understood and the warnings
                com.fasterxml.jackson.databind.node.ObjectNode node = om.valueToTree(profiles.get(i));
                node.set("decisions", om.valueToTree(understood.get(i).mapping().decisions()));
                node.set("warnings", om.valueToTree(understood.get(i).mapping().warnings()));
                node.put("headerLine", understood.get(i).mapping().headerLine());
                node.put("titleRows", understood.get(i).mapping().titleRows());
                all.add(node);
            }
            out.println(om.writeValueAsString(profiles.size() == 1 ? all.get(0) : all));
        }
        out.flush();
        if (writeConfig != null) {
            ConfigWriter.write(writeConfig, understood, gazetteer);
            spec.commandLine().getErr().println("wrote " + writeConfig + " (" + understood.size() + " source"
                    + (understood.size() == 1 ? "" : "s") + "); edit it, then: rix link --config " + writeConfig
                    + " --out DIR");
        }
        SourceSettings.report(understood, spec.commandLine().getErr(), strict);
        return Rix.OK;
    }

    private SourceConfig sourceConfig(Path file) {
        SourceConfig source = SourceConfig.of(file);
        if (config != null) {
            source = new LinkConfigReader().read(config).sourceFor(file).orElse(source);
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new ResidentIndexException("file not found: " + file);
        }
        return ignore.isEmpty() ? source : source.withOverrides(Map.of(), ignore);
    }

    private static void printText(PrintWriter out, Profile p, ColumnMapping m) {
        out.printf(Locale.ROOT, "source:   %s (%s)%n", p.source(), p.file());
        out.printf(Locale.ROOT, "dialect:  %s%s, %s%s%n", p.delimiter(), p.delimiterDetected() ? " (detected)" : "",
                p.encoding(), p.bom() ? ", with BOM" : "");
        if (m.headerLine() > 0) {
            out.printf(Locale.ROOT, "header:   line %d%s%n", m.headerLine(), m.titleRows() == 0 ? ""
                    : " (" + m.titleRows() + " title row" + (m.titleRows() == 1 ? "" : "s") + " above it skipped)");
        }
        out.println("mapping:  (how each column was understood: origin, confidence, reason)");
        for (MappingDecision d : m.decisions()) {
            String target = p.mapping().getOrDefault(d.column(), d.target());
            out.printf(Locale.ROOT, "  %-24s -> %-14s %s %.2f: %s%n", d.column(), target, d.origin(), d.confidence(),
                    d.reason());
        }
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
