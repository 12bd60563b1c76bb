package org.residentindex.dataaudit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.residentindex.ResidentIndexException;
import org.residentindex.cluster.EntityFile;
import org.residentindex.cluster.RecordKey;
import org.residentindex.ingest.ColumnMapper;
import org.residentindex.ingest.ReadSummary;
import org.residentindex.ingest.RejectSink;
import org.residentindex.ingest.SourceReader;
import org.residentindex.ingest.config.LinkConfig;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.model.CanonicalField;
import org.residentindex.model.NormalisedRecord;
import org.residentindex.normalise.RecordNormaliser;

/**
 * Builds the {@link DataAudit} of the sources of a {@code link.yaml}: reads every source once, streaming (values
 * are counted, never kept), and, given a link run directory, assigns each record its resident from the run's
 * {@code entities.csv} (a record not listed there is its own resident) to count how many services collect each
 * item for the same residents. Dates of birth after {@code asOf} are invalid; nothing reads the clock, so the same
 * inputs and {@code asOf} give the same audit. Thread-safe: each call is independent.
 */
public final class DataAuditor {

    private final SourceReader reader = new SourceReader();

    /**
     * @param config the link.yaml (sources with optional owner, purpose and lawful basis; the gazetteer, whose
     *               UPRNs make a dataset's UPRN valid)
     * @param runDir a link run's output directory, or null for the register and standard only
     * @param asOf   reference date for "not in the future"
     */
    public DataAudit audit(LinkConfig config, Path runDir, LocalDate asOf) {
        if (config.sources().isEmpty()) {
            throw new ResidentIndexException("the config names no sources; data-audit needs at least one");
        }
        Map<RecordKey, String> entities = runDir == null ? null : entities(runDir);
        ItemChecks checks = new ItemChecks(gazetteerUprns(config.gazetteer()));
        CollectionCounter counter = entities == null ? null : new CollectionCounter();
        List<DatasetEntry> datasets = new ArrayList<>();
        for (SourceConfig source : config.sources()) {
            datasets.add(scan(source, checks, counter, entities, asOf));
        }
        long notInRun = counter == null ? 0 : counter.notInRun();
        long records = datasets.stream().mapToLong(DatasetEntry::records).sum();
        if (counter != null && records > 0 && notInRun == records) {
            throw new ResidentIndexException(runDir.resolve("entities.csv") + " lists none of the " + records
                    + " records of the config's sources: is it the run of this link.yaml?");
        }
        List<StandardRow> standard = new StandardProposer().propose(datasets);
        return new DataAudit(asOf.toString(), runDir == null ? null : runDir.toString(), datasets,
                counter == null ? List.of() : counter.table(), counter == null ? 0 : counter.residents(), notInRun,
                standard, StandardProposer.meanConformance(standard));
    }

    private DatasetEntry scan(SourceConfig source, ItemChecks checks, CollectionCounter counter,
                              Map<RecordKey, String> entities, LocalDate asOf) {
        RecordNormaliser normaliser = new RecordNormaliser(asOf, source.dateFormat());
        DatasetScan scan = new DatasetScan(checks);
        int service = counter == null ? -1 : counter.service(source.name());
        ReadSummary summary = reader.read(source, r -> {
            NormalisedRecord n = normaliser.normalise(r);
            scan.add(r, n);
            if (counter != null) {
                String entity = entities.get(new RecordKey(r.source(), r.recordId()));
                if (entity == null) {
                    counter.countNotInRun();
                    entity = "~" + r.source() + "#" + r.recordId();
                }
                counter.add(service, entity, r, n, checks);
            }
        }, RejectSink.discarding());
        DatasetEntry entry = scan.entry(source, summary);
        if (counter != null) {
            entry.items().forEach(i -> counter.holds(service, i.item()));
        }
        return entry;
    }

    /**
     * The day a link run started, from its {@code run.json} ({@code "started"}), or empty when the run has no
     * manifest or no start time: the natural reference date for a run's data audit.
     */
    public static java.util.Optional<LocalDate> runStarted(Path runDir) {
        Path manifest = runDir.resolve("run.json");
        if (!Files.isRegularFile(manifest)) {
            return java.util.Optional.empty();
        }
        try {
            com.fasterxml.jackson.databind.JsonNode started = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(manifest.toFile()).path("started");
            String text = started.isTextual() ? started.asText() : "";
            return text.length() < 10 ? java.util.Optional.empty()
                    : java.util.Optional.of(LocalDate.parse(text.substring(0, 10)));
        } catch (IOException | java.time.format.DateTimeParseException e) {
            throw new ResidentIndexException(manifest + ": not a readable run manifest ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static Map<RecordKey, String> entities(Path runDir) {
        Path file = runDir.resolve("entities.csv");
        if (!Files.isRegularFile(file)) {
            throw new ResidentIndexException("not a run directory: " + file + " is missing");
        }
        return EntityFile.read(file);
    }

    /** The gazetteer's UPRN column, or null when there is no gazetteer or no column maps to uprn. */
    static Set<Long> gazetteerUprns(Path gazetteer) {
        if (gazetteer == null || !Files.isRegularFile(gazetteer)) {
            return null;
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(gazetteer, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(in, format)) {
            String column = parser.getHeaderNames().stream()
                    .filter(h -> ColumnMapper.lookup(h) == CanonicalField.UPRN).findFirst().orElse(null);
            if (column == null) {
                return null;
            }
            Set<Long> uprns = new HashSet<>();
            for (CSVRecord row : parser) {
                Long u = org.residentindex.normalise.Identifiers.uprn(row.isMapped(column) && row.isSet(column)
                        ? row.get(column) : null);
                if (u != null) {
                    uprns.add(u);
                }
            }
            return uprns;
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            throw new ResidentIndexException("cannot read the gazetteer " + gazetteer + " for its UPRNs: "
                    + e.getClass().getSimpleName(), e);
        }
    }
}
