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

    /**
     * Appended column names: the UPRN, its calibrated score, the status, the logical status of the gazetteer
     * address that matched ({@code approved}, {@code historic} …) and, for {@code ambiguous} and
     * {@code parent_only}, the alternative UPRNs with their scores ({@code uprn:score;uprn:score}).
     */
    public static final List<String> COLUMNS = List.of("uprn_matched", "match_score", "match_status",
            "match_address_status", "match_alternatives");

    /** Appended with {@link Output#xy()}: the matched property's coordinates from the gazetteer. */
    public static final List<String> XY_COLUMNS = List.of("x", "y");

    /**
     * Optional outputs.
     *
     * @param xy      append {@code x, y} (the gazetteer's coordinates of the matched UPRN; empty when unknown)
     * @param geojson also write a GeoJSON FeatureCollection of the matched rows (row number, UPRN, status,
     *                score; no address text) to this file; null for none
     */
    public record Output(boolean xy, Path geojson) {
        /** Just the CSV. */
        public static Output csv() {
            return new Output(false, null);
        }
    }

    /** Rows read ahead to recognise the address column by its values. */
    private static final int SAMPLE_ROWS = 200;

    private static final int CHUNK = 2048;

    /**
     * What a run found.
     *
     * @param rows     rows read and written
     * @param byStatus rows per status, every status present, in enum order
     * @param nanos    wall time of matching (reading and writing included)
     * @param warnings what the user should know (no address column found, a column recognised by its values,
     *                 rows that could not be matched); no data values
     * @param mapped   rows written to the GeoJSON file
     */
    public record Summary(long rows, Map<MatchStatus, Long> byStatus, long nanos, List<String> warnings,
            long mapped) {

        public Summary {
            byStatus = Collections.unmodifiableMap(new EnumMap<>(byStatus));
            warnings = List.copyOf(warnings);
        }

        /** Rows per second. */
        public double perSecond() {
            return nanos == 0 ? 0 : rows * 1e9 / nanos;
        }
    }

    private final AddressMatcher matcher;
    private final int threads;
    private final Gazetteer gazetteer;

    public BatchMatch(AddressMatcher matcher, int threads) {
        this(matcher, threads, null);
    }

    /** With the gazetteer the matcher uses, for coordinates ({@link Output}). */
    public BatchMatch(AddressMatcher matcher, int threads, Gazetteer gazetteer) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.matcher = matcher;
        this.threads = threads;
        this.gazetteer = gazetteer;
    }

    /** Matches {@code in} into {@code out}; {@code mapping} overrides the automatic column mapping. */
    public Summary run(Path in, Path out, Map<String, String> mapping) {
        return run(in, out, mapping, Output.csv());
    }

    /** Matches {@code in} into {@code out} with optional coordinates and a GeoJSON file. */
    public Summary run(Path in, Path out, Map<String, String> mapping, Output output) {
        if ((output.xy() || output.geojson() != null) && gazetteer == null) {
            throw new IllegalArgumentException("coordinates need the gazetteer: use BatchMatch(matcher, threads, g)");
        }
        long start = System.nanoTime();
        Map<MatchStatus, Long> counts = new EnumMap<>(MatchStatus.class);
        for (MatchStatus s : MatchStatus.values()) {
            counts.put(s, 0L);
        }
        long rows = 0;
        List<String> warnings = new ArrayList<>();
        long[] failed = new long[1];
        GeoJsonWriter geo = null;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rix-gazetteer-match");
            t.setDaemon(true);
            return t;
        });
        try (Reader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r);
                BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            List<String> header = parser.getHeaderNames();
            Iterator<CSVRecord> source = parser.iterator();
            List<CSVRecord> sample = new ArrayList<>();
            while (sample.size() < SAMPLE_ROWS && source.hasNext()) {
                sample.add(source.next());
            }
            Map<CanonicalField, Integer> columns = columns(header, mapping, in, sample, warnings);
            List<String> outHeader = new ArrayList<>(header);
            outHeader.addAll(COLUMNS);
            if (output.xy()) {
                outHeader.addAll(XY_COLUMNS);
            }
            CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(outHeader.toArray(String[]::new)).get()
                    .print(w);
            if (output.geojson() != null) {
                geo = new GeoJsonWriter(output.geojson());
            }
            Iterator<CSVRecord> it = concat(sample.iterator(), source);
            // Up to 2 chunks per worker in flight: workers match while this thread reads ahead and writes the
            // oldest finished chunk, so output stays in input order.
            java.util.ArrayDeque<List<CSVRecord>> chunks = new java.util.ArrayDeque<>();
            java.util.ArrayDeque<Future<AddressMatch[]>> pending = new java.util.ArrayDeque<>();
            while (it.hasNext() || !pending.isEmpty()) {
                while (it.hasNext() && pending.size() < threads * 2) {
                    List<CSVRecord> chunk = new ArrayList<>(CHUNK);
                    while (it.hasNext() && chunk.size() < CHUNK) {
                        chunk.add(it.next());
                    }
                    chunks.add(chunk);
                    pending.add(pool.submit(() -> matchChunk(chunk, columns, failed)));
                }
                List<CSVRecord> chunk = chunks.poll();
                AddressMatch[] results = await(pending.poll());
                for (int i = 0; i < chunk.size(); i++) {
                    List<String> row = new ArrayList<>(chunk.get(i).toList());
                    while (row.size() < header.size()) {
                        row.add("");
                    }
                    AddressMatch m = results[i];
                    row.add(m.uprn() == 0 ? "" : Long.toString(m.uprn()));
                    row.add(String.format(Locale.ROOT, "%.3f", m.score()));
                    row.add(m.status().key());
                    row.add(m.addressStatus() == null ? "" : m.addressStatus().key());
                    row.add(alternatives(m));
                    GazetteerProperty p = m.uprn() == 0 || gazetteer == null ? null : gazetteer.byUprn(m.uprn());
                    boolean located = p != null && p.hasCoordinates();
                    if (output.xy()) {
                        row.add(located ? number(p.x()) : "");
                        row.add(located ? number(p.y()) : "");
                    }
                    if (geo != null && located) {
                        geo.feature(rows + i + 1, m, p);
                    }
                    printer.printRecord(row);
                    counts.merge(m.status(), 1L, Long::sum);
                }
                rows += chunk.size();
            }
            printer.flush();
            if (geo != null) {
                geo.close();
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ResidentIndexException("cannot match " + in + " into " + out + ": " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        if (failed[0] > 0) {
            warnings.add(failed[0] + " rows could not be matched (an internal error on their address); they are"
                    + " written with status none");
        }
        return new Summary(rows, counts, System.nanoTime() - start, warnings, geo == null ? 0 : geo.count());
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.6f", v);
    }

    private static String alternatives(AddressMatch m) {
        StringBuilder b = new StringBuilder();
        for (AddressMatch.Candidate c : m.alternatives()) {
            if (b.length() > 0) {
                b.append(';');
            }
            b.append(c.uprn()).append(':').append(String.format(Locale.ROOT, "%.3f", c.score()));
        }
        return b.toString();
    }

    private static <T> Iterator<T> concat(Iterator<T> a, Iterator<T> b) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return a.hasNext() || b.hasNext();
            }

            @Override
            public T next() {
                return a.hasNext() ? a.next() : b.next();
            }
        };
    }

    private AddressMatch[] matchChunk(List<CSVRecord> chunk, Map<CanonicalField, Integer> columns, long[] failed) {
        AddressMatch[] results = new AddressMatch[chunk.size()];
        for (int i = 0; i < results.length; i++) {
            try {
                results[i] = matcher.matchFields(fields(chunk.get(i), columns));
            } catch (RuntimeException e) {
                // one unmatchable address must not cost the file: the row is kept, with status none
                synchronized (failed) {
                    failed[0]++;
                }
                results[i] = AddressMatch.none("error=" + e.getClass().getSimpleName());
            }
        }
        return results;
    }

    private static AddressMatch[] await(Future<AddressMatch[]> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResidentIndexException("matching interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re
                    : new ResidentIndexException("matching failed: " + e.getCause(), e.getCause());
        }
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
        return columns(header, mapping, file, List.of(), new ArrayList<>());
    }

    /**
     * Header → canonical field through ingest's synonyms, then (when no address column is known yet) the
     * address-like header names and values of {@link AddressColumn}; overrides win. Warns when no address
     * column is found at all.
     */
    static Map<CanonicalField, Integer> columns(List<String> header, Map<String, String> mapping, Path file,
            List<CSVRecord> sample, List<String> warnings) {
        Map<CanonicalField, Integer> cols = new EnumMap<>(CanonicalField.class);
        for (int i = 0; i < header.size(); i++) {
            CanonicalField f = ColumnMapper.lookup(header.get(i));
            if (f != null && !cols.containsKey(f)) {
                cols.put(f, i);
            }
        }
        boolean mapped = mapping.keySet().stream().map(k -> CanonicalField.fromKey(k).orElse(null))
                .anyMatch(AddressColumn::isAddressField);
        if (!mapped && cols.keySet().stream().noneMatch(AddressColumn::isAddressField)) {
            AddressColumn.Found found = AddressColumn.find(header, sample, cols.values());
            if (found != null) {
                cols.put(CanonicalField.ADDRESS, found.column());
                warnings.add("address column: '" + header.get(found.column()) + "' (column "
                        + (found.column() + 1) + "), recognised by its " + found.how()
                        + "; map another with --map address=COLUMN");
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
        if (cols.keySet().stream().noneMatch(AddressColumn::isAddressField)) {
            warnings.add(file.getFileName() + ": no address column found, only a postcode: rows get status none or"
                    + " ambiguous; map the address with --map address=COLUMN");
        }
        return cols;
    }
}
