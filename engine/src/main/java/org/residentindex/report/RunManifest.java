package org.residentindex.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.residentindex.ResidentIndexException;

/**
 * {@code DIR/run.json}, the contract between a link run and everything that reads its output directory:
 * <pre>{@code
 * { "schema": 1, "config": "/abs/link.yaml",
 *   "sources": [{"name": "council_tax", "path": "/abs/ct.csv", "id": "account_ref"}],
 *   "gazetteer": "/abs/gazetteer.csv", "truth": null, "started": "2026-04-01T09:00:00Z", "records": 12345,
 *   "thresholds": {"link": 8.0, "review": 4.0} }
 * }</pre>
 * Beside it the run directory holds {@code entities.csv} ({@code source,record_id,entity_id}), {@code links.csv}
 * ({@code left_source,left_record_id,right_source,right_record_id,match_weight,match_probability}),
 * {@code review.csv}, {@code rejects.csv} ({@code source,line,field,reason}) and {@code model.json}.
 * {@code config}, {@code gazetteer} and {@code truth} may be null; paths are absolute. Unknown keys are ignored
 * on reading so later schema additions stay readable.
 *
 * @param schema     format version, {@value #SCHEMA}
 * @param config     the link.yaml used, or null
 * @param sources    the sources linked, in run order
 * @param gazetteer  the gazetteer CSV, or null
 * @param truth      a truth CSV for evaluation, or null
 * @param started    when the run started (ISO-8601), the only timestamp a report shows
 * @param records    records linked
 * @param thresholds the match-weight thresholds used
 * @param integrity  what {@code entities.csv} held when the run wrote it (readers check it), or null for runs
 *                   written before it was recorded
 */
@JsonPropertyOrder({"schema", "config", "sources", "gazetteer", "truth", "started", "records", "thresholds",
    "integrity"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RunManifest(int schema, String config, List<Source> sources, String gazetteer, String truth,
                          String started, long records, Thresholds thresholds, Integrity integrity) {

    /** The current schema version. */
    public static final int SCHEMA = 1;

    /** The file name inside a run directory. */
    public static final String FILE = "run.json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public RunManifest {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A manifest without an integrity record (hand-written or older runs). */
    public RunManifest(int schema, String config, List<Source> sources, String gazetteer, String truth,
                       String started, long records, Thresholds thresholds) {
        this(schema, config, sources, gazetteer, truth, started, records, thresholds, null);
    }

    /**
     * What {@code entities.csv} held when its run wrote it, so a reader can tell a file cut, edited or left
     * from another run ({@link org.residentindex.link.RunFolder#checkReadable}).
     *
     * @param entitiesSha256   SHA-256 of the file's bytes, lower-case hex
     * @param entities         data rows of the file (records)
     * @param recordsBySource  records per source, sorted by source name
     */
    @JsonPropertyOrder({"entitiesSha256", "entities", "recordsBySource"})
    public record Integrity(String entitiesSha256, long entities, java.util.SortedMap<String, Long> recordsBySource) {
        public Integrity {
            recordsBySource = recordsBySource == null ? new java.util.TreeMap<>()
                    : new java.util.TreeMap<>(recordsBySource);
        }
    }

    /**
     * One source of the run.
     *
     * @param name source name (the {@code source} column of entities.csv)
     * @param path the CSV file
     * @param id   the record id column, or null when detected
     */
    public record Source(String name, String path, String id) {
    }

    /**
     * Match-weight thresholds.
     *
     * @param link   at or above: linked automatically
     * @param review at or above (and below {@code link}): sent to clerical review
     */
    public record Thresholds(double link, double review) {
    }

    /** Reads {@code DIR/run.json}; absent file, bad JSON or an unknown schema is an error naming the file. */
    public static RunManifest read(Path runDir) {
        Path file = runDir.resolve(FILE);
        RunManifest m;
        try {
            m = MAPPER.readValue(Files.readString(file, StandardCharsets.UTF_8), RunManifest.class);
        } catch (NoSuchFileException e) {
            throw new ResidentIndexException("run manifest not found: " + file);
        } catch (JsonProcessingException e) {
            throw new ResidentIndexException(file + ": not a valid run manifest at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ResidentIndexException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (m.schema() != SCHEMA) {
            throw new ResidentIndexException(file + ": schema " + m.schema() + " is not supported; expected "
                    + SCHEMA);
        }
        return m;
    }

    /** True when {@code runDir} holds a manifest. */
    public static boolean exists(Path runDir) {
        return Files.isRegularFile(runDir.resolve(FILE));
    }

    /** Writes this manifest to {@code file} (normally {@code DIR/run.json}) as indented UTF-8 JSON. */
    public void write(Path file) {
        try {
            Files.writeString(file, MAPPER.writeValueAsString(this) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ResidentIndexException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
