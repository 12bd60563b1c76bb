package org.residentindex.gazetteer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.residentindex.ResidentIndexException;
import org.residentindex.ingest.ColumnMapper;
import org.residentindex.model.CanonicalField;

/**
 * Matches every row of a CSV file and writes it back with {@code uprn_matched, match_score, match_status}
 * appended. Rows are never dropped: a row that cannot be matched gets an empty UPRN and status {@code none}.
 * Columns are understood as ingest understands them (the header synonyms table) with explicit overrides
 * (canonical field key → column). Rows are matched in chunks by {@code threads} workers and written in input
 * order, so the output is the same whatever the thread count.
 */
public final class BatchMatch {

    /** Appended column names. */
    public static final List<String> COLUMNS = List.of("uprn_matched", "match_score", "match_status");

    private static final int CHUNK = 8192;

    /**
     * What a run found.
     *
     * @param rows     rows read and written
     * @param byStatus rows per status, every status present, in enum order
     * @param nanos    wall time of matching (reading and writing included)
     */
    public record Summary(long rows, Map<MatchStatus, Long> byStatus, long nanos) {

        public Summary {
            byStatus = Collections.unmodifiableMap(new EnumMap<>(byStatus));
        }

        /** Rows per second. */
        public double perSecond() {
            return nanos == 0 ? 0 : rows * 1e9 / nanos;
        }
    }

    private final AddressMatcher matcher;
    private final int threads;

    public BatchMatch(AddressMatcher matcher, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.matcher = matcher;
        this.threads = threads;
    }

    /** Matches {@code in} into {@code out}; {@code mapping} overrides the automatic column mapping. */
    public Summary run(Path in, Path out, Map<String, String> mapping) {
        long start = System.nanoTime();
        Map<MatchStatus, Long> counts = new EnumMap<>(MatchStatus.class);
        for (MatchStatus s : MatchStatus.values()) {
            counts.put(s, 0L);
        }
        long rows = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rix-gazetteer-match");
            t.setDaemon(true);
            return t;
        });
        try (Reader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r);
                BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            List<String> header = parser.getHeaderNames();
            Map<CanonicalField, Integer> columns = columns(header, mapping, in);
            List<String> outHeader = new ArrayList<>(header);
            outHeader.addAll(COLUMNS);
            CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(outHeader.toArray(String[]::new)).get()
                    .print(w);
            Iterator<CSVRecord> it = parser.iterator();
            while (it.hasNext()) {
                List<CSVRecord> chunk = new ArrayList<>(CHUNK);
                while (it.hasNext() && chunk.size() < CHUNK) {
                    chunk.add(it.next());
                }
                AddressMatch[] results = matchChunk(pool, chunk, columns);
                for (int i = 0; i < chunk.size(); i++) {
                    List<String> row = new ArrayList<>(chunk.get(i).toList());
                    while (row.size() < header.size()) {
                        row.add("");
                    }
                    AddressMatch m = results[i];
                    row.add(m.uprn() == 0 ? "" : Long.toString(m.uprn()));
                    row.add(String.format(Locale.ROOT, "%.3f", m.score()));
                    row.add(m.status().key());
                    printer.printRecord(row);
                    counts.merge(m.status(), 1L, Long::sum);
                }
                rows += chunk.size();
            }
            printer.flush();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ResidentIndexException("cannot match " + in + " into " + out + ": " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        return new Summary(rows, counts, System.nanoTime() - start);
    }

    private AddressMatch[] matchChunk(ExecutorService pool, List<CSVRecord> chunk,
            Map<CanonicalField, Integer> columns) {
        AddressMatch[] results = new AddressMatch[chunk.size()];
        List<Future<?>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = chunk.size() * t / threads;
            int to = chunk.size() * (t + 1) / threads;
            parts.add(pool.submit(() -> {
                for (int i = from; i < to; i++) {
                    results[i] = matcher.matchFields(fields(chunk.get(i), columns));
                }
            }));
        }
        for (Future<?> f : parts) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ResidentIndexException("matching interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re
                        : new ResidentIndexException("matching failed: " + e.getCause(), e.getCause());
            }
        }
        return results;
    }

    private static Map<CanonicalField, String> fields(CSVRecord r, Map<CanonicalField, Integer> columns) {
        Map<CanonicalField, String> v = new EnumMap<>(CanonicalField.class);
        columns.forEach((f, i) -> {
            if (i < r.size() && !r.get(i).isBlank()) {
                v.put(f, r.get(i).trim());
            }
        });
        return v;
    }

    /** Header → canonical field through ingest's synonyms; overrides win. */
    static Map<CanonicalField, Integer> columns(List<String> header, Map<String, String> mapping, Path file) {
        Map<CanonicalField, Integer> cols = new EnumMap<>(CanonicalField.class);
        for (int i = 0; i < header.size(); i++) {
            CanonicalField f = ColumnMapper.lookup(header.get(i));
            if (f != null && !cols.containsKey(f)) {
                cols.put(f, i);
            }
        }
        mapping.forEach((key, column) -> {
            CanonicalField f = CanonicalField.fromKey(key).orElseThrow(() -> new ResidentIndexException(
                    file + ": unknown field '" + key + "' in the column mapping"));
            int i = header.indexOf(column);
            if (i < 0) {
                throw new ResidentIndexException(file + ": mapping " + key + "=" + column
                        + " names a column not in the header");
            }
            cols.put(f, i);
        });
        boolean any = cols.keySet().stream().anyMatch(f -> f == CanonicalField.ADDRESS
                || f == CanonicalField.ADDRESS_1 || f == CanonicalField.STREET || f == CanonicalField.POSTCODE);
        if (!any) {
            throw new ResidentIndexException(file + ": line 1: no address or postcode column found;"
                    + " map one with --map address=COLUMN");
        }
        return cols;
    }
}
