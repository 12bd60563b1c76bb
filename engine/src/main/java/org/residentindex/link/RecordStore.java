package org.residentindex.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.residentindex.ProgressListener;
import org.residentindex.cluster.RecordKey;
import org.residentindex.ingest.RejectSink;
import org.residentindex.ingest.config.LinkConfig;
import org.residentindex.model.NormalisedRecord;

/**
 * All records of a run in columnar form: ordinal → source and record id, and one dictionary-coded {@link Column}
 * per comparison field and blocking key. A record costs a few ints per column, so a million records fit in a
 * small heap. Filled by {@link #add}, then {@link #freeze frozen}; read-only (and thread-safe) after that.
 */
public final class RecordStore {

    private final List<String> sources = new ArrayList<>();
    private final List<String> recordIds = new ArrayList<>();
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final Map<String, String> sourceNames = new LinkedHashMap<>();
    private final Map<String, java.util.Set<String>> holders = new LinkedHashMap<>();


    /**
     * Loads {@code config}'s sources exactly as a link run does — same reader, normaliser and gazetteer UPRNs,
     * same ordinals — into a frozen store, discarding rejects. For harnesses (benchmarks, accuracy checks) that
     * must see the records a run saw; a link run itself loads inside {@code LinkPipeline}.
     */
    public static RecordStore load(LinkConfig config, int threads, LocalDate today) {
        RecordStore store = new RecordStore();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (GazetteerUprns uprns = GazetteerUprns.open(config.gazetteer())) {
            new SourceLoader(pool, threads, ProgressListener.NONE, uprns, today)
                    .load(config.sources(), store, RejectSink.discarding());
        } finally {
            pool.shutdownNow();
        }
        store.freeze();
        return store;
    }

    /** Adds one record with the UPRN it carries; returns its ordinal. */
    public int add(NormalisedRecord record) {
        return add(record.source(), record.recordId(), RecordFields.of(record));
    }

    /** Adds one record with the UPRNs linkage uses for it (see {@link GazetteerUprns}); returns its ordinal. */
    int add(NormalisedRecord record, GazetteerUprns.Resolved uprns) {
        return add(record.source(), record.recordId(), RecordFields.of(record, uprns.uprn(), uprns.parent()));
    }

    /** Adds one record given its comparable values (field → value); returns its ordinal. */
    public int add(String source, String recordId, Map<String, String> values) {
        int ordinal = recordIds.size();
        sources.add(sourceNames.computeIfAbsent(source, s -> s));
        recordIds.add(recordId);
        String sourceName = sources.get(ordinal);
        values.forEach((field, value) -> {
            Column c = columns.computeIfAbsent(field, Column::new);
            c.padTo(ordinal);
            c.add(value);
            // most records follow one of the same source: only a new (column, source) pair touches holders
            if (value != null && !value.isEmpty() && c.lastHolder != sourceName) {
                holders.computeIfAbsent(field, f -> new java.util.LinkedHashSet<>()).add(sourceName);
                c.lastHolder = sourceName;
            }
        });
        return ordinal;
    }

    /** Pads every column to the record count and drops the lookup tables. */
    public void freeze() {
        for (Column c : columns.values()) {
            c.padTo(size());
            c.freeze();
        }
    }

    /** Number of records. */
    public int size() {
        return recordIds.size();
    }

    /** Source of a record. */
    public String source(int ordinal) {
        return sources.get(ordinal);
    }

    /** Record id of a record. */
    public String recordId(int ordinal) {
        return recordIds.get(ordinal);
    }

    /** Record key of a record. */
    public RecordKey key(int ordinal) {
        return new RecordKey(sources.get(ordinal), recordIds.get(ordinal));
    }

    /** Record keys by ordinal. */
    public List<RecordKey> keys() {
        List<RecordKey> keys = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            keys.add(key(i));
        }
        return keys;
    }

    /** The column named {@code name}, or null. */
    public Column column(String name) {
        return columns.get(name);
    }

    /** Column names in first-seen order. */
    public List<String> columnNames() {
        return Collections.unmodifiableList(new ArrayList<>(columns.keySet()));
    }

    /** Names of the sources where at least one record holds {@code column}, in first-seen order. */
    public java.util.Set<String> sourcesHolding(String column) {
        return Collections.unmodifiableSet(holders.getOrDefault(column, java.util.Set.of()));
    }

    /** Distinct source names in first-seen order. */
    public List<String> sourceNames() {
        return List.copyOf(sourceNames.keySet());
    }
}
