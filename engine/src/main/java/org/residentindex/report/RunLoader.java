package org.residentindex.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.residentindex.ResidentIndexException;
import org.residentindex.gazetteer.AddressMatcher;
import org.residentindex.gazetteer.Gazetteer;
import org.residentindex.gazetteer.GazetteerOptions;
import org.residentindex.ingest.ReadSummary;
import org.residentindex.ingest.RejectSink;
import org.residentindex.ingest.SourceReader;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.insight.GazetteerPropertyResolver;
import org.residentindex.insight.LinkedRecord;
import org.residentindex.insight.Population;
import org.residentindex.insight.PropertyResolver;
import org.residentindex.model.NormalisedRecord;
import org.residentindex.normalise.RecordNormaliser;

/**
 * Loads a run directory into {@link RunData}: reads {@code run.json} (or, when absent, takes the sources from
 * {@code link.yaml}), re-reads and normalises every source, assigns each record its resident from
 * {@code entities.csv} (a record missing there is its own resident), places it at a property through the
 * gazetteer matcher when a gazetteer is configured and exists, and reads link weights and rejects.
 * Dates of birth are checked against the run's start date, never the clock, so loading is deterministic.
 */
public final class RunLoader {

    /** Reference date when the run has no start time: no date of birth is "in the future". */
    private static final LocalDate NO_START = LocalDate.of(9999, 12, 31);

    /**
     * Loads {@code runDir}.
     *
     * @param config the config from {@code --config} or the manifest; its sources are used when the run has
     *               no {@code run.json}
     */
    public RunData load(Path runDir, ReportConfig config) {
        org.residentindex.link.RunFolder.checkReadable(runDir, "rix report");
        RunManifest manifest = RunManifest.exists(runDir) ? RunManifest.read(runDir) : null;
        List<SourceConfig> sources = sources(runDir, manifest, config);
        Path gazetteer = manifest != null && manifest.gazetteer() != null ? Path.of(manifest.gazetteer())
                : config.link().gazetteer();
        Path entitiesFile = runDir.resolve("entities.csv");
        if (!Files.isRegularFile(entitiesFile)) {
            throw new ResidentIndexException("not a run directory: " + entitiesFile + " is missing");
        }
        Map<String, String> entities = RunCsv.entities(entitiesFile);
        LocalDate reference = referenceDate(manifest);
        List<LinkedRecord> records = new ArrayList<>();
        Map<String, Long> rejected = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        if (gazetteer != null && Files.isRegularFile(gazetteer)) {
            try (Gazetteer g = Gazetteer.open(gazetteer, GazetteerOptions.defaults())) {
                read(sources, new GazetteerPropertyResolver(AddressMatcher.of(g)), reference, entities, records,
                        rejected, names);
            }
        } else {
            read(sources, new GazetteerPropertyResolver(null), reference, entities, records, rejected, names);
        }
        Map<String, Long> fromRejectsFile = RunCsv.rejects(runDir.resolve("rejects.csv"));
        if (fromRejectsFile != null) {
            rejected.replaceAll((source, n) -> fromRejectsFile.getOrDefault(source, 0L));
        }
        if (manifest == null) {
            manifest = synthesise(config, sources, gazetteer, records.size());
        }
        return new RunData(runDir.toString(), manifest, new Population(names, records), rejected,
                RunCsv.weights(runDir.resolve("links.csv")));
    }

    private static void read(List<SourceConfig> sources, PropertyResolver resolver, LocalDate reference,
                             Map<String, String> entities, List<LinkedRecord> records, Map<String, Long> rejected,
                             List<String> names) {
        SourceReader reader = new SourceReader();
        for (SourceConfig source : sources) {
            RecordNormaliser normaliser = new RecordNormaliser(reference, source.dateFormat());
            names.add(source.name());
            ReadSummary summary = reader.read(source, raw -> {
                NormalisedRecord n = normaliser.normalise(raw);
                String entity = entities.getOrDefault(n.source() + "#" + n.recordId(),
                        "~" + n.source() + "#" + n.recordId());
                records.add(new LinkedRecord(n, entity, resolver.resolve(n)));
            }, RejectSink.discarding());
            rejected.put(source.name(), summary.rejected());
        }
    }

    private static List<SourceConfig> sources(Path runDir, RunManifest manifest, ReportConfig config) {
        Map<String, SourceConfig> configured = new LinkedHashMap<>();
        config.link().sources().forEach(s -> configured.put(s.name(), s));
        if (manifest == null || manifest.sources().isEmpty()) {
            if (configured.isEmpty()) {
                throw new ResidentIndexException(runDir + ": no " + RunManifest.FILE
                        + " and no config; give the link.yaml used for the run (--config)");
            }
            return new ArrayList<>(configured.values());
        }
        List<SourceConfig> out = new ArrayList<>();
        for (RunManifest.Source s : manifest.sources()) {
            SourceConfig known = configured.get(s.name());
            SourceConfig base = known != null ? known : new SourceConfig(s.name(), Path.of(s.path()), null, null,
                    null, null, null, null);
            base = base.withPath(Path.of(s.path()));
            out.add(s.id() != null ? base.withId(s.id()) : base);
        }
        return out;
    }

    private static LocalDate referenceDate(RunManifest manifest) {
        if (manifest == null || manifest.started() == null || manifest.started().length() < 10) {
            return NO_START;
        }
        try {
            return LocalDate.parse(manifest.started().substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return NO_START;
        }
    }

    private static RunManifest synthesise(ReportConfig config, List<SourceConfig> sources, Path gazetteer,
                                          long records) {
        List<RunManifest.Source> refs = new ArrayList<>();
        for (SourceConfig s : sources) {
            refs.add(new RunManifest.Source(s.name(), s.path().toString(), s.id()));
        }
        return new RunManifest(RunManifest.SCHEMA, null, refs, gazetteer == null ? null : gazetteer.toString(),
                null, null, records, null);
    }
}
