package org.residentindex.pprl;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.residentindex.ProgressListener;
import org.residentindex.ResidentIndexException;
import org.residentindex.ingest.CsvRejectSink;
import org.residentindex.ingest.ReadSummary;
import org.residentindex.ingest.SourceReader;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.model.SourceRecord;
import org.residentindex.normalise.RecordNormaliser;

/**
 * {@code rix encode}: reads one source exactly as {@code rix link} does (the engine's {@link SourceReader}, column
 * mapping and {@link RecordNormaliser}), encodes each accepted record and writes the {@code .clk} file; rows the
 * reader rejects go to {@code OUT.rejects.csv} (line, field, reason — no values), so every row ends up encoded
 * or rejected. Parsing runs on the calling thread; normalising and encoding in batches on {@code threads}
 * workers; batches are written oldest first, so the file does not depend on timing.
 */
public final class EncodeRun {

    private static final int BATCH = 2048;

    private final Schema schema;
    private final Secret secret;
    private final int threads;
    private final ProgressListener listener;
    private final LocalDate today;

    /**
     * @param today the date against which dates of birth are checked (as a link run's clock gives it)
     */
    public EncodeRun(Schema schema, Secret secret, int threads, ProgressListener listener, LocalDate today) {
        this.schema = schema;
        this.secret = secret;
        this.threads = Math.max(1, threads);
        this.listener = listener == null ? ProgressListener.NONE : listener;
        this.today = today;
    }

    /** What one encode run did. */
    public record Result(String source, long rowsRead, long encoded, long rejected, Path rejects, int bits,
            long nanos) {
    }

    /** The rejects file of an output: {@code FILE.clk.rejects.csv}. */
    public static Path rejectsOf(Path out) {
        return out.resolveSibling(out.getFileName() + ".rejects.csv");
    }

    /** Encodes {@code source} into {@code out}. */
    public Result run(SourceConfig source, Path out) {
        long start = System.nanoTime();
        if (source.path() != null && source.path().toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            throw new ResidentIndexException("The output " + out + " is the input file; choose another --out");
        }
        Encoder prototype = new Encoder(schema, secret);
        ThreadLocal<Encoder> encoders = ThreadLocal.withInitial(prototype::copy);
        RecordNormaliser normaliser = new RecordNormaliser(today, source.dateFormat());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rix-encode");
            t.setDaemon(true);
            return t;
        });
        Path rejects = rejectsOf(out);
        ClkFile.Header header = ClkFile.Header.of(source.name(), schema, secret);
        long[] encoded = {0};
        ReadSummary summary;
        try (CsvRejectSink rejectSink = new CsvRejectSink(rejects);
                ClkFile.Writer writer = ClkFile.create(out, header)) {
            Deque<Future<Batch>> pending = new ArrayDeque<>();
            List<List<SourceRecord>> holder = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
            summary = new SourceReader().read(source, r -> {
                List<SourceRecord> current = holder.get(0);
                current.add(r);
                if (current.size() == BATCH) {
                    submit(pool, pending, current, normaliser, encoders);
                    holder.set(0, new ArrayList<>(BATCH));
                    while (pending.size() > threads + 1) {
                        encoded[0] += drain(pending, writer);
                        listener.progress("encode", encoded[0], 0);
                    }
                }
            }, rejectSink);
            submit(pool, pending, holder.get(0), normaliser, encoders);
            while (!pending.isEmpty()) {
                encoded[0] += drain(pending, writer);
            }
            listener.progress("encode", encoded[0], encoded[0]);
        } finally {
            pool.shutdownNow();
        }
        return new Result(source.name(), summary.rowsRead(), encoded[0], summary.rejected(), rejects,
                header.bits(), System.nanoTime() - start);
    }

    /** One encoded batch: ids and packed filters. */
    private record Batch(String[] ids, long[] filters, int words) { }

    private static void submit(ExecutorService pool, Deque<Future<Batch>> pending, List<SourceRecord> batch,
            RecordNormaliser normaliser, ThreadLocal<Encoder> encoders) {
        if (batch.isEmpty()) {
            return;
        }
        pending.addLast(pool.submit(() -> {
            Encoder encoder = encoders.get();
            int words = encoder.words();
            String[] ids = new String[batch.size()];
            long[] filters = new long[batch.size() * words];
            for (int i = 0; i < ids.length; i++) {
                var r = normaliser.normalise(batch.get(i));
                ids[i] = r.recordId();
                encoder.encode(r, filters, i * words);
            }
            return new Batch(ids, filters, words);
        }));
    }

    private static int drain(Deque<Future<Batch>> pending, ClkFile.Writer writer) {
        Batch b;
        try {
            b = pending.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResidentIndexException("Interrupted while encoding records", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new ResidentIndexException("Encoding failed: " + c.getClass().getSimpleName(), c);
        }
        for (int i = 0; i < b.ids().length; i++) {
            writer.add(b.ids()[i], b.filters(), i * b.words());
        }
        return b.ids().length;
    }
}
