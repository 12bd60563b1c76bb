package org.residentindex.live;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.residentindex.ResidentIndexException;
import org.residentindex.block.BlockingRule;
import org.residentindex.cluster.CsvInput;
import org.residentindex.cluster.EntityFile;
import org.residentindex.cluster.RecordKey;
import org.residentindex.ingest.RejectSink;
import org.residentindex.ingest.SourceReader;
import org.residentindex.ingest.config.LinkConfigReader;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.link.LinkDefaults;
import org.residentindex.link.RecordFields;
import org.residentindex.link.RecordPreparer;
import org.residentindex.link.RecordStore;
import org.residentindex.model.SourceRecord;
import org.residentindex.report.RunManifest;

/**
 * Builds a live index from a link run: re-reads the run's sources (as {@code run.json} names them, with the
 * config's settings), prepares every record as the run did (same gazetteer, same date), and stores it with the
 * run's resident id ({@code entities.csv}) and links ({@code links.csv}); copies {@code model.json} and the
 * retired ids ({@code merged_into.csv}); computes the blocking rules once from the run's records.
 */
final class LiveBuild {

    static final String RETIRED = "retired.csv";
    private static final int BATCH = 2048;

    private LiveBuild() {
    }

    static int build(Path run, Path index, LiveIndex.Options options) {
        if (IndexMeta.exists(index)) {
            throw new ResidentIndexException("A live index already exists in " + index
                    + "; choose another folder or remove it");
        }
        if (!RunManifest.exists(run)) {
            throw new ResidentIndexException("No link run in " + run + " (no run.json); run rix link --out " + run);
        }
        RunManifest manifest = RunManifest.read(run);
        Map<RecordKey, String> entities = EntityFile.read(run.resolve("entities.csv"));
        Map<RecordKey, List<Doc.Edge>> edges = links(run.resolve("links.csv"));
        try {
            Files.createDirectories(index);
        } catch (java.io.IOException e) {
            throw new ResidentIndexException("Cannot create " + index + ": " + e.getClass().getSimpleName(), e);
        }
        LiveIndex.copy(run.resolve("model.json"), index.resolve("model.json"));
        if (Files.exists(run.resolve("merged_into.csv"))) {
            LiveIndex.copy(run.resolve("merged_into.csv"), index.resolve(RETIRED));
        }
        Path gazetteer = options.gazetteer() != null ? options.gazetteer()
                : manifest.gazetteer() == null ? null : Path.of(manifest.gazetteer());
        Instant built = options.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        Instant asOf = manifest.started() == null ? built : Instant.parse(manifest.started());
        List<String> indexed = indexedColumns();
        RecordStore store = new RecordStore();
        int[] count = {0};
        Map<String, String> dateFormats = dateFormats(sources(manifest));
        try (LuceneRecords lucene = new LuceneRecords(index.resolve("lucene"), indexed, true)) {
            read(manifest, gazetteer, (raws, prepared) -> count[0] += store(raws, prepared, entities, edges, asOf,
                    lucene, store));
            lucene.optimise();
            lucene.refresh();
            lucene.commit(0);
        }
        store.freeze();
        List<IndexMeta.Rule> rules = new ArrayList<>();
        for (BlockingRule r : LinkDefaults.rules(store)) {
            rules.add(IndexMeta.Rule.of(r));
        }
        List<String> sourceNames = manifest.sources().stream().map(RunManifest.Source::name).toList();
        new IndexMeta(IndexMeta.SCHEMA, run.toAbsolutePath().normalize().toString(),
                gazetteer == null ? null : gazetteer.toAbsolutePath().normalize().toString(), built.toString(), rules,
                indexed, sourceNames, dateFormats).write(index);
        return count[0];
    }

    /** Receives a run's records batch by batch, raw and prepared. */
    interface Sink {
        void accept(List<SourceRecord> raws, List<RecordPreparer.Prepared> prepared);
    }

    /** Reads every record of a run's sources and prepares it as the run did (same gazetteer, same date). */
    static void read(RunManifest manifest, Path gazetteer, Sink sink) {
        List<SourceConfig> sources = sources(manifest);
        try (RecordPreparer preparer = RecordPreparer.open(gazetteer, LiveIndex.dateOf(manifest.started()),
                dateFormats(sources))) {
            SourceReader reader = new SourceReader();
            for (SourceConfig source : sources) {
                List<SourceRecord> batch = new ArrayList<>(BATCH);
                reader.read(source, r -> {
                    batch.add(r);
                    if (batch.size() == BATCH) {
                        sink.accept(batch, batch.parallelStream().map(preparer::prepare).toList());
                        batch.clear();
                    }
                }, RejectSink.discarding());
                sink.accept(batch, batch.parallelStream().map(preparer::prepare).toList());
            }
        }
    }

    static Map<String, String> dateFormats(List<SourceConfig> sources) {
        Map<String, String> dateFormats = new TreeMap<>();
        for (SourceConfig s : sources) {
            if (s.dateFormat() != null) {
                dateFormats.put(s.name(), s.dateFormat());
            }
        }
        return dateFormats;
    }

    /** Every column a rule may use: the key columns, the identifiers and every "other" column is indexed. */
    private static List<String> indexedColumns() {
        Set<String> cols = new LinkedHashSet<>();
        for (String k : List.of("postcode", "uprn", "house_number", "street", "place", "birth_year",
                "postcode_district", "surname", "surname_phonetic", "name_set", "given_key")) {
            cols.add(RecordFields.KEY_PREFIX + k);
        }
        cols.addAll(List.of("date_of_birth", "ni_number", "email", "phone"));
        return new ArrayList<>(cols);
    }

    private static int store(List<SourceRecord> batch, List<RecordPreparer.Prepared> prepared,
            Map<RecordKey, String> entities, Map<RecordKey, List<Doc.Edge>> edges, Instant asOf, LuceneRecords lucene,
            RecordStore store) {
        int n = 0;
        for (int i = 0; i < batch.size(); i++) {
            SourceRecord raw = batch.get(i);
            RecordKey key = new RecordKey(raw.source(), raw.recordId());
            String resident = entities.get(key);
            if (resident == null) {
                continue;
            }
            RecordPreparer.Prepared p = prepared.get(i);
            Map<String, String> values = new java.util.LinkedHashMap<>(p.values());
            values.values().removeIf(v -> v == null || v.isEmpty());
            store.add(key.source(), key.recordId(), values);
            lucene.put(new Doc(key, resident, asOf, Display.of(raw, p), values, edges.getOrDefault(key, List.of())));
            n++;
            if (n % 4096 == 0) {
                lucene.refresh();
            }
        }
        return n;
    }

    private static List<SourceConfig> sources(RunManifest manifest) {
        Map<String, SourceConfig> configured = new HashMap<>();
        if (manifest.config() != null && Files.exists(Path.of(manifest.config()))) {
            for (SourceConfig s : new LinkConfigReader().read(Path.of(manifest.config())).sources()) {
                configured.put(s.name(), s);
            }
        }
        List<SourceConfig> out = new ArrayList<>();
        for (RunManifest.Source s : manifest.sources()) {
            SourceConfig c = configured.get(s.name());
            out.add(c != null ? c : new SourceConfig(s.name(), Path.of(s.path()), s.id(), null, null, null, null,
                    null));
        }
        return out;
    }

    private static Map<RecordKey, List<Doc.Edge>> links(Path file) {
        Map<RecordKey, List<Doc.Edge>> edges = new HashMap<>();
        if (!Files.exists(file)) {
            return edges;
        }
        CsvInput.read(file, List.of("left_source", "left_record_id", "right_source", "right_record_id", "match_weight"),
                row -> {
                    RecordKey left = new RecordKey(row.required("left_source"), row.required("left_record_id"));
                    RecordKey right = new RecordKey(row.required("right_source"), row.required("right_record_id"));
                    edges.computeIfAbsent(left, k -> new ArrayList<>()).add(new Doc.Edge(right,
                            Double.parseDouble(row.required("match_weight"))));
                });
        return edges;
    }

    static Map<String, String> sorted(Map<String, String> m) {
        return new TreeMap<>(m);
    }
}
