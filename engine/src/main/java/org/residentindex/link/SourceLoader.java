package org.residentindex.link;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.residentindex.LinkResult;
import org.residentindex.ProgressListener;
import org.residentindex.ResidentIndexException;
import org.residentindex.ingest.ReadSummary;
import org.residentindex.ingest.RejectSink;
import org.residentindex.ingest.SourceReader;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.model.NormalisedRecord;
import org.residentindex.model.SourceRecord;
import org.residentindex.normalise.RecordNormaliser;

/**
 * Reads every source and adds its accepted rows to a {@link RecordStore} in file order (so ordinals, and every
 * output, do not depend on thread timing), with the UPRNs {@link GazetteerUprns} gives them. Reading is a
 * pipeline: the calling thread parses the CSV into batches and hands each batch to the pool, where it is
 * normalised, matched to the gazetteer and turned into comparable values ({@link RecordFields}); the calling
 * thread adds finished batches to the store oldest first while it goes on parsing. Source names must be distinct.
 */
final class SourceLoader {

    /**
     * Records per task: large enough that hand-off costs nothing, small enough that the records in flight (which
     * all survive a young collection) stay a few megabytes.
     */
    private static final int BATCH = 1024;

    private final ExecutorService pool;
    private final int threads;
    private final ProgressListener listener;
    private final GazetteerUprns uprns;
    private final LocalDate today;
    private final LongAdder matchNanos = new LongAdder();
    private int submitted;

    /**
     * @param today the run's date (from its clock), against which dates of birth are checked, so the same input
     *              gives the same records whatever day the run happens on when the clock is fixed
     */
    SourceLoader(ExecutorService pool, int threads, ProgressListener listener, GazetteerUprns uprns, LocalDate today) {
        this.pool = pool;
        this.threads = Math.max(1, threads);
        this.listener = listener;
        this.uprns = uprns;
        this.today = today;
    }

    /**
     * Wall time spent matching addresses to the gazetteer (inside {@link #load}): the workers' summed matching
     * time divided by the number of workers that could run it at once (matching overlaps the other read work, so
     * this is an estimate of its share of the read wall time).
     */
    long matchNanos() {
        return matchNanos.sum() / Math.max(1, Math.min(threads, submitted));
    }

    /** Loads all sources into {@code store}; returns per-source counts in source order. */
    Map<String, LinkResult.SourceCounts> load(List<SourceConfig> sources, RecordStore store, RejectSink rejects) {
        Map<String, LinkResult.SourceCounts> counts = new LinkedHashMap<>();
        SourceReader reader = new SourceReader(new org.residentindex.ingest.ColumnMapper(today, uprns.knownUprns()));
        for (SourceConfig source : sources) {
            if (counts.containsKey(source.name())) {
                throw new ResidentIndexException("Two sources are named '" + source.name() + "' (" + source.path()
                        + "); give them distinct names in link.yaml");
            }
            RecordNormaliser normaliser = new RecordNormaliser(today, source.dateFormat());
            Batches batches = new Batches(normaliser, store);
            try {
                ReadSummary summary = reader.read(source, batches::add, rejects);
                batches.finish();
                counts.put(source.name(), new LinkResult.SourceCounts(summary.rowsRead(), summary.accepted(),
                        summary.rejected()));
            } finally {
                batches.cancel();
            }
        }
        return counts;
    }

    /** One record ready for the store. */
    private record Prepared(String source, String recordId, Map<String, String> fields) { }

    /** The batches of one source: filled by the reading thread, prepared on the pool, stored oldest first. */
    private final class Batches {
        private final RecordNormaliser normaliser;
        private final RecordStore store;
        private final Deque<Future<List<Prepared>>> pending = new ArrayDeque<>();
        private List<SourceRecord> filling = new ArrayList<>(BATCH);

        Batches(RecordNormaliser normaliser, RecordStore store) {
            this.normaliser = normaliser;
            this.store = store;
        }

        void add(SourceRecord r) {
            filling.add(r);
            if (filling.size() == BATCH) {
                submit();
            }
        }

        /** Submits the last batch and stores everything still pending. */
        void finish() {
            submit();
            while (!pending.isEmpty()) {
                drainOldest(pending, store);
            }
        }

        /** Abandons batches still pending (after a failure). */
        void cancel() {
            pending.forEach(f -> f.cancel(true));
        }

        private void submit() {
            if (filling.isEmpty()) {
                return;
            }
            List<SourceRecord> batch = filling;
            filling = new ArrayList<>(BATCH);
            submitted++;
            pending.addLast(pool.submit(() -> prepare(batch, normaliser)));
            // keep every worker busy while bounding the records held in flight
            while (pending.size() > threads + 1) {
                drainOldest(pending, store);
            }
        }
    }

    private List<Prepared> prepare(List<SourceRecord> batch, RecordNormaliser normaliser) {
        List<Prepared> out = new ArrayList<>(batch.size());
        long matching = 0;
        for (SourceRecord raw : batch) {
            NormalisedRecord r = normaliser.normalise(raw);
            long start = System.nanoTime();
            GazetteerUprns.Resolved resolved = uprns.resolve(r);
            matching += System.nanoTime() - start;
            out.add(new Prepared(r.source(), r.recordId(), RecordFields.of(r, resolved.uprn(), resolved.parent())));
        }
        if (uprns.active()) {
            matchNanos.add(matching);
        }
        return out;
    }

    private void drainOldest(Deque<Future<List<Prepared>>> pending, RecordStore store) {
        List<Prepared> records;
        try {
            records = pending.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResidentIndexException("Interrupted while normalising records", e);
        } catch (ExecutionException e) {
            throw Parallel.unwrap(e);
        }
        if (uprns.active()) {
            listener.progress("gazetteer", store.size() + records.size(), 0);
        }
        for (Prepared p : records) {
            store.add(p.source(), p.recordId(), p.fields());
        }
        listener.progress("read", store.size(), 0);
    }
}
