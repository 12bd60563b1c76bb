package org.residentindex.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.residentindex.ResidentIndexException;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.model.CanonicalField;
import org.residentindex.model.SourceRecord;

/**
 * Streams one CSV source: detects (or takes) the dialect, maps the header with {@link ColumnMapper}, and pushes
 * every acceptable row to a consumer as a {@link SourceRecord}, one at a time, so file size does not bound
 * memory (only a 16-byte entry per record id, needed to find duplicates, grows with the file; see {@link IdIndex}).
 *
 * <p>Rows with the wrong number of fields, bytes not valid in the encoding, NUL characters, a blank id or an id
 * already used, an unbalanced quote or a line beyond the bounds of {@link Limits} go to the {@link RejectSink}
 * and are counted: rows in = accepted + rejected, always. Blank lines are skipped and not counted. Bytes that
 * cannot be decoded are replaced while decoding (so reading goes on) and the row holding them is rejected. Line
 * numbers are physical lines (a quoted value spanning lines advances them); record splitting is
 * {@link CsvRecords}'. A file that is not text at all (NUL bytes in its first 16 KB, or a line of more than
 * 64 MB) is a {@link ResidentIndexException} naming the file. Messages never quote a row or a value; a header
 * is described by its shape only ({@link HeaderShape}). Thread-safe: each call reads independently.
 */
public final class SourceReader {

    /**
     * Bounds on one record. Defaults: a quoted value may span 8 physical lines and 64 Ki characters; a line may
     * hold 1 Mi characters (so a long pasted note still reads, and is indexed truncated later). The defaults can
     * be changed with the system properties {@code rix.csv.maxQuotedLines}, {@code rix.csv.maxQuotedChars} and
     * {@code rix.csv.maxLineChars} (e.g. in {@code RIX_JAVA_OPTS}).
     *
     * @param maxQuotedLines physical lines a quoted value may span, at least 1
     * @param maxQuotedChars characters a quoted value may hold
     * @param maxLineChars   characters a physical line may hold
     */
    public record Limits(int maxQuotedLines, long maxQuotedChars, long maxLineChars) {
        public Limits {
            if (maxQuotedLines < 1 || maxQuotedChars < 1 || maxLineChars < 1) {
                throw new ResidentIndexException("CSV limits must be positive: maxQuotedLines " + maxQuotedLines
                        + ", maxQuotedChars " + maxQuotedChars + ", maxLineChars " + maxLineChars);
            }
        }

        /** The defaults, or the {@code rix.csv.*} system properties where set. */
        public static Limits defaults() {
            return new Limits(Integer.getInteger("rix.csv.maxQuotedLines", 8),
                    Long.getLong("rix.csv.maxQuotedChars", 64 * 1024),
                    Long.getLong("rix.csv.maxLineChars", 1024 * 1024));
        }
    }

    private static final char REPLACEMENT = '\uFFFD';
    /** Rows read ahead of the data: title rows are looked for and columns recognised from their values in them. */
    static final int LOOKAHEAD_ROWS = 500;
    static final String FOOTER_DETAIL = "a total or footer row after the data, not a record";
    private final ColumnMapper mapper;
    private final Limits limits;

    /** A reader mapping columns with {@code mapper} (which may know the gazetteer's UPRNs), within {@code limits}. */
    public SourceReader(ColumnMapper mapper, Limits limits) {
        this.mapper = mapper;
        this.limits = limits;
    }

    /** A reader mapping columns with {@code mapper}, with {@link Limits#defaults()}. */
    public SourceReader(ColumnMapper mapper) {
        this(mapper, Limits.defaults());
    }

    /** A reader without a gazetteer, with {@link Limits#defaults()}. */
    public SourceReader() {
        this(Limits.defaults());
    }

    /** A reader without a gazetteer, with the given bounds. */
    public SourceReader(Limits limits) {
        this(new ColumnMapper(), limits);
    }

    /** The dialect and column mapping of a source, reading only its first lines. */
    public ColumnMappingResult inspect(SourceConfig config) {
        if (XlsxSource.handles(config)) {
            return new XlsxSource(mapper).inspect(config);
        }
        try (Opened opened = open(config)) {
            return new ColumnMappingResult(opened.dialect, opened.mapping);
        }
    }

    /** Reads the whole source; returns counts. */
    public ReadSummary read(SourceConfig config, Consumer<SourceRecord> consumer, RejectSink rejects) {
        if (XlsxSource.handles(config)) {
            return new XlsxSource(mapper).read(config, consumer, rejects);
        }
        try (Opened opened = open(config)) {
            return readRows(config, opened, consumer, rejects);
        }
    }

    /** Dialect and mapping of a source. */
    public record ColumnMappingResult(Dialect dialect, ColumnMapping mapping) { }

    private ReadSummary readRows(SourceConfig config, Opened o, Consumer<SourceRecord> consumer, RejectSink sink) {
        String source = config.name();
        Map<RejectReason, Long> counts = new EnumMap<>(RejectReason.class);
        Consumer<Reject> reject = r -> {
            counts.merge(r.reason(), 1L, Long::sum);
            sink.reject(r);
        };
        IdIndex seenIds = new IdIndex();
        int idIndex = o.mapping.indexOf(o.mapping.idColumn());
        int width = o.mapping.header().size();
        Layout layout = Layout.of(o.mapping);
        long rows = 0;
        long accepted = 0;
        while (true) {
            CsvRecords.Chunk record = o.next();
            if (record == null) {
                break;
            }
            long line = record.firstLine();
            if (record.ok() && isBlank(record)) {
                continue;
            }
            rows++;
            if (!record.ok()) {
                reject.accept(new Reject(source, line, "", record.problem(), record.detail()));
                continue;
            }
            Fields fields = new Fields(record.fields());
            int bad = undecodableIndex(fields);
            int nul = bad >= 0 ? -1 : nulIndex(fields);
            if (o.footer) {
                reject.accept(new Reject(source, line, "", RejectReason.FOOTER_ROW, FOOTER_DETAIL));
            } else if (nul >= 0) {
                reject.accept(new Reject(source, line, nul < width ? o.mapping.header().get(nul) : "",
                        RejectReason.BINARY, "NUL character"));
            } else if (bad >= 0) {
                String column = bad < width ? o.mapping.header().get(bad) : "";
                reject.accept(new Reject(source, line, column, RejectReason.UNDECODABLE_BYTES,
                        "not valid " + o.dialect.charset().name()));
            } else if (fields.size() != width) {
                reject.accept(new Reject(source, line, "", RejectReason.WRONG_FIELD_COUNT,
                        "expected " + width + ", found " + fields.size()));
            } else if (fields.get(idIndex).isEmpty()) {
                reject.accept(new Reject(source, line, o.mapping.idColumn(), RejectReason.MISSING_ID, ""));
            } else {
                long first = seenIds.putIfAbsent(fields.get(idIndex), line);
                if (first >= 0) {
                    reject.accept(new Reject(source, line, o.mapping.idColumn(), RejectReason.DUPLICATE_ID,
                            "first used at line " + first));
                } else {
                    accepted++;
                    consumer.accept(toSourceRecord(source, line, fields, layout, idIndex));
                }
            }
        }
        return new ReadSummary(source, o.dialect, o.mapping, rows, accepted, counts);
    }

    /** Where each mapped field and other column sits in a row, worked out once per source. */
    private record Layout(CanonicalField[] fields, int[] fieldIndex, String[] other, int[] otherIndex) {

        static Layout of(ColumnMapping mapping) {
            List<CanonicalField> fields = new ArrayList<>();
            List<Integer> fieldIndex = new ArrayList<>();
            mapping.fields().forEach((field, column) -> {
                if (field != CanonicalField.RECORD_ID) {
                    fields.add(field);
                    fieldIndex.add(mapping.indexOf(column));
                }
            });
            String[] other = mapping.other().toArray(new String[0]);
            int[] otherIndex = new int[other.length];
            for (int i = 0; i < other.length; i++) {
                otherIndex[i] = mapping.indexOf(other[i]);
            }
            return new Layout(fields.toArray(new CanonicalField[0]),
                    fieldIndex.stream().mapToInt(Integer::intValue).toArray(), other, otherIndex);
        }
    }

    private static SourceRecord toSourceRecord(String source, long line, Fields record, Layout layout, int idIndex) {
        Map<CanonicalField, String> values = new EnumMap<>(CanonicalField.class);
        for (int i = 0; i < layout.fields.length; i++) {
            String v = record.get(layout.fieldIndex[i]);
            if (!v.isEmpty()) {
                values.put(layout.fields[i], v);
            }
        }
        Map<String, String> other = new LinkedHashMap<>();
        for (int i = 0; i < layout.other.length; i++) {
            String v = record.get(layout.otherIndex[i]);
            if (!v.isEmpty()) {
                other.put(layout.other[i], v);
            }
        }
        return new SourceRecord(source, line, record.get(idIndex), values, other);
    }

    private static boolean isBlank(CsvRecords.Chunk record) {
        return record.fields().size() == 1 && record.fields().get(0).isEmpty();
    }

    private static int undecodableIndex(Fields record) {
        return indexOf(record, REPLACEMENT);
    }

    private static int nulIndex(Fields record) {
        return indexOf(record, '\u0000');
    }

    private static int indexOf(Fields record, char c) {
        for (int i = 0; i < record.size(); i++) {
            if (record.get(i).indexOf(c) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The values of one record, read by index (the shape the row checks use). */
    private record Fields(List<String> values) {
        int size() {
            return values.size();
        }

        String get(int i) {
            return values.get(i);
        }
    }

    /**
     * Opens a source positioned after its header. The first pass reads up to {@link #LOOKAHEAD_ROWS} records to
     * find the header (title rows above it are skipped, see {@link org.residentindex.ingest.layout.TableStart}) and
     * to recognise columns from their values; the second reads the file again from the start, skips to the
     * header and splits the records after it knowing the header's width (so a stray quote that would swallow
     * rows is caught in the sampled rows too).
     */
    private Opened open(SourceConfig config) {
        HeaderScan scan;
        try (Opened first = openStream(config)) {
            scan = first.scanHeader(mapper);
        }
        Opened opened = openStream(config);
        try {
            for (int i = 0; i <= scan.index(); i++) {
                opened.next();
            }
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
        opened.mapping = scan.mapping();
        opened.records.expectWidth(scan.mapping().header().size());
        return opened;
    }

    /** Where the header is (records before it, counted from 0) and the mapping understood from it. */
    private record HeaderScan(int index, ColumnMapping mapping) { }

    private Opened openStream(SourceConfig config) {
        if (config.path() == null) {
            throw new ResidentIndexException("source '" + config.name() + "' has no path");
        }
        Charset charset = charset(config);
        InputStream in = null;
        try {
            in = new BufferedInputStream(Files.newInputStream(config.path()), 64 * 1024);
            in.mark(DialectDetector.SAMPLE_BYTES + 4);
            byte[] sample = in.readNBytes(DialectDetector.SAMPLE_BYTES + 1);
            in.reset();
            boolean bom = sample.length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB
                    && (sample[2] & 0xFF) == 0xBF;
            if (bom) {
                in.skipNBytes(3);
            }
            if (looksBinary(sample, charset)) {
                throw new ResidentIndexException("source '" + config.name() + "': " + config.path()
                        + " is not a text CSV file (it holds NUL bytes near its start: a binary file, or text saved"
                        + " as UTF-16); save it as CSV in UTF-8 or windows-1252");
            }
            boolean truncated = sample.length > DialectDetector.SAMPLE_BYTES;
            int start = bom ? 3 : 0;
            int length = Math.min(sample.length, DialectDetector.SAMPLE_BYTES) - start;
            char delimiter;
            boolean detected = config.delimiter() == null;
            if (detected) {
                byte[] body = java.util.Arrays.copyOfRange(sample, start, start + Math.max(length, 0));
                delimiter = new DialectDetector().detect(body, body.length, charset, truncated);
            } else {
                delimiter = delimiter(config);
            }
            Dialect dialect = new Dialect(delimiter, charset, bom, detected);
            Reader reader = new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .replaceWith(String.valueOf(REPLACEMENT)));
            Opened opened = new Opened(config, reader, new CsvRecords(reader, delimiter, limits), dialect);
            in = null;
            return opened;
        } catch (NoSuchFileException e) {
            throw new ResidentIndexException("source '" + config.name() + "': file not found: " + config.path());
        } catch (IOException e) {
            throw new ResidentIndexException("source '" + config.name() + "': cannot read " + config.path()
                    + ": " + e.getMessage(), e);
        } finally {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // already failing; the first error is the one reported
                }
            }
        }
    }

    private static boolean looksBinary(byte[] sample, Charset charset) {
        if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
            return false;
        }
        for (byte b : sample) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static Charset charset(SourceConfig config) {
        if (config.encoding() == null || config.encoding().isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(config.encoding().trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ResidentIndexException("source '" + config.name() + "': unknown encoding '"
                    + config.encoding() + "'; expected UTF-8 or windows-1252");
        }
    }

    private static char delimiter(SourceConfig config) {
        String d = config.delimiter();
        if ("\\t".equals(d) || "tab".equalsIgnoreCase(d)) {
            return '\t';
        }
        if (d.length() != 1) {
            throw new ResidentIndexException("source '" + config.name() + "': delimiter must be one character,"
                    + " e.g. \",\" \"\\t\" \";\" \"|\"");
        }
        return d.charAt(0);
    }

    /** An open record reader positioned after the header. */
    private static final class Opened implements AutoCloseable {
        final SourceConfig config;
        final Reader reader;
        final CsvRecords records;
        final Dialect dialect;
        ColumnMapping mapping;
        /** True when the record last returned by {@link #next} is a footer row after the data. */
        boolean footer;
        private final java.util.ArrayDeque<Held> pending = new java.util.ArrayDeque<>();

        /** A record read ahead, and whether it turned out to be a footer row. */
        private record Held(CsvRecords.Chunk record, boolean footer) { }

        Opened(SourceConfig config, Reader reader, CsvRecords records, Dialect dialect) {
            this.config = config;
            this.reader = reader;
            this.records = records;
            this.dialect = dialect;
        }

        /**
         * Reads up to {@link #LOOKAHEAD_ROWS} records, finds the header among them and maps the columns from the
         * header and the records after it.
         */
        HeaderScan scanHeader(ColumnMapper mapper) {
            List<CsvRecords.Chunk> first = new ArrayList<>();
            for (CsvRecords.Chunk r = read(); r != null; r = read()) {
                first.add(r);
                if (first.size() >= LOOKAHEAD_ROWS) {
                    break;
                }
            }
            List<List<String>> cells = new ArrayList<>();
            first.forEach(c -> cells.add(c.ok() ? c.fields() : List.of()));
            org.residentindex.ingest.layout.TableStart.Position at =
                    org.residentindex.ingest.layout.TableStart.find(cells, config.skipRows());
            if (at.index() < 0) {
                throw new ResidentIndexException("source '" + config.name() + "': " + config.path()
                        + " is empty (no header line)");
            }
            CsvRecords.Chunk header = first.get(at.index());
            if (!header.ok()) {
                throw new ResidentIndexException("source '" + config.name() + "': " + config.path()
                        + " line " + header.firstLine() + ": the header cannot be read (" + header.problem().label()
                        + ": " + header.detail() + ")");
            }
            long headerLine = header.firstLine();
            List<String> names = new ArrayList<>(header.fields());
            List<List<String>> sample = new ArrayList<>();
            for (List<String> row : cells.subList(at.index() + 1, cells.size())) {
                if (!row.isEmpty()) {
                    sample.add(row);
                }
            }
            ColumnMapping mapped = mapper.map(names, sample, config, headerLine).at(headerLine, at.titleRows(),
                    LayoutNotes.titleRows(config, at.titleRows(), headerLine));
            return new HeaderScan(at.index(), mapped);
        }

        /**
         * The next record, or null at the end. A footer-like row is held back with the rows after it until an
         * ordinary row follows (then they are all ordinary rows) or the file ends (then they are footers);
         * {@link #footer} tells which the returned record is.
         */
        CsvRecords.Chunk next() {
            if (pending.isEmpty()) {
                CsvRecords.Chunk b = read();
                if (b == null) {
                    return null;
                }
                int width = mapping == null ? 0 : mapping.header().size();
                if (width > 0 && footerLike(b, width)) {
                    List<CsvRecords.Chunk> held = new ArrayList<>();
                    held.add(b);
                    CsvRecords.Chunk n = read();
                    while (n != null && (n.ok() && isBlank(n) || footerLike(n, width))) {
                        held.add(n);
                        n = read();
                    }
                    for (CsvRecords.Chunk h : held) {
                        pending.add(new Held(h, n == null));
                    }
                    if (n != null) {
                        pending.add(new Held(n, false));
                    }
                } else {
                    pending.add(new Held(b, false));
                }
            }
            Held h = pending.poll();
            footer = h.footer();
            return h.record();
        }

        private static boolean footerLike(CsvRecords.Chunk r, int width) {
            return r.ok() && org.residentindex.ingest.layout.FooterDetector.candidate(r.fields().size(),
                    r.fields()::get, width);
        }

        /** The next record from the splitter, or null at the end. */
        private CsvRecords.Chunk read() {
            try {
                return records.next();
            } catch (CsvRecords.NotCsvException e) {
                throw new ResidentIndexException("source '" + config.name() + "': " + config.path() + " line "
                        + e.line + " is longer than " + (CsvRecords.HARD_LINE_LIMIT >> 20) + " MB without a line"
                        + " end: this is not a CSV file", e);
            } catch (IOException e) {
                throw new ResidentIndexException("source '" + config.name() + "': cannot read " + config.path()
                        + ": " + e.getClass().getSimpleName(), e);
            }
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
