package org.residentindex.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
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
 * Reads every source, normalises its accepted rows in parallel batches and adds them to a {@link RecordStore} in
 * file order (so ordinals, and every output, do not depend on thread timing), with the UPRNs {@link GazetteerUprns}
 * gives them. Source names must be distinct.
 */
final class SourceLoader {

    private static final int BATCH = 8192;

    private final ExecutorService pool;
    private final int threads;
    private final ProgressListener listener;
    private final GazetteerUprns uprns;
    private final LocalDate today;
    private long matchNanos;

    /**
     * @param today the run's date (from its clock), against which dates of birth are checked, so the same input
     *              gives the same records whatever day the run happens on when the clock is fixed
     */
    SourceLoader(ExecutorService pool, int threads, ProgressListener listener, GazetteerUprns uprns, LocalDate today) {
        this.pool = pool;
        this.threads = threads;
        this.listener = listener;
        this.uprns = uprns;
        this.today = today;
    }

    /** Wall time spent matching addresses to the gazetteer (inside {@link #load}). */
    long matchNanos() {
        return matchNanos;
    }

    /** Loads all sources into {@code store}; returns per-source counts in source order. */
    Map<String, LinkResult.SourceCounts> load(List<SourceConfig> sources, RecordStore store, RejectSink rejects) {
        Map<String, LinkResult.SourceCounts> counts = new LinkedHashMap<>();
        SourceReader reader = new SourceReader();
        for (SourceConfig source : sources) {
            if (counts.containsKey(source.name())) {
                throw new ResidentIndexException("Two sources are named '" + source.name() + "' (" + source.path()
                        + "); give them distinct names in link.yaml");
            }
            RecordNormaliser normaliser = new RecordNormaliser(today, source.dateFormat());
            List<SourceRecord> batch = new ArrayList<>(BATCH);
            ReadSummary summary = reader.read(source, r -> {
                batch.add(r);
                if (batch.size() == BATCH) {
                    flush(batch, normaliser, store);
                }
            }, rejects);
            flush(batch, normaliser, store);
            counts.put(source.name(), new LinkResult.SourceCounts(summary.rowsRead(), summary.accepted(),
                    summary.rejected()));
        }
        return counts;
    }

    private void flush(List<SourceRecord> batch, RecordNormaliser normaliser, RecordStore store) {
        if (batch.isEmpty()) {
            return;
        }
        List<NormalisedRecord> records = inParts(batch, part -> part.stream().map(normaliser::normalise).toList());
        List<GazetteerUprns.Resolved> resolved;
        if (uprns.active()) {
            long start = System.nanoTime();
            resolved = inParts(records, part -> part.stream().map(uprns::resolve).toList());
            matchNanos += System.nanoTime() - start;
            listener.progress("gazetteer", store.size() + records.size(), 0);
        } else {
            resolved = records.stream().map(uprns::resolve).toList();
        }
        for (int i = 0; i < records.size(); i++) {
            store.add(records.get(i), resolved.get(i));
        }
        listener.progress("read", store.size(), 0);
        batch.clear();
    }

    /** Applies {@code work} to consecutive parts of {@code items} on the pool; results in item order. */
    private <T, R> List<R> inParts(List<T> items, java.util.function.Function<List<T>, List<R>> work) {
        int parts = Math.min(threads, Math.max(1, items.size() / 512));
        List<Callable<List<R>>> tasks = new ArrayList<>();
        int step = (items.size() + parts - 1) / parts;
        for (int from = 0; from < items.size(); from += step) {
            List<T> part = items.subList(from, Math.min(items.size(), from + step));
            tasks.add(() -> work.apply(part));
        }
        List<R> out = new ArrayList<>(items.size());
        try {
            for (Future<List<R>> f : pool.invokeAll(tasks)) {
                out.addAll(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResidentIndexException("Interrupted while normalising records", e);
        } catch (ExecutionException e) {
            throw Parallel.unwrap(e);
        }
        return out;
    }
}
