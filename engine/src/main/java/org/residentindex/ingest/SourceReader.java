package org.residentindex.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.residentindex.ResidentIndexException;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.model.CanonicalField;
import org.residentindex.model.SourceRecord;

/**
 * Streams one CSV source: detects (or takes) the dialect, maps the header with {@link ColumnMapper}, and pushes
 * every acceptable row to a consumer as a {@link SourceRecord}, one at a time, so file size does not bound
 * memory (only a 16-byte entry per record id, needed to find duplicates, grows with the file; see {@link IdIndex}).
 *
 * <p>Rows with the wrong number of fields, bytes not valid in the encoding, a blank id or an id already used
 * go to the {@link RejectSink} and are counted; blank lines are skipped and not counted. Bytes that cannot be
 * decoded are replaced while decoding (so reading goes on) and the row holding them is rejected. Line numbers
 * are physical lines (a quoted value spanning lines advances them). A file that cannot be parsed at all (an
 * unterminated quote, say) is a {@link ResidentIndexException} naming the file and line. Thread-safe: each
 * call reads independently.
 */
public final class SourceReader {

    private static final char REPLACEMENT = '\uFFFD';
    /** Rows read ahead of the data: title rows are looked for and columns recognised from their values in them. */
    static final int LOOKAHEAD_ROWS = 500;
    private final ColumnMapper mapper;

    /** A reader mapping columns with {@code mapper} (which may know the gazetteer's UPRNs). */
    public SourceReader(ColumnMapper mapper) {
        this.mapper = mapper;
    }

    /** A reader without a gazetteer. */
    public SourceReader() {
        this(new ColumnMapper());
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
            long line = o.lastLine + 1;
            CSVRecord record = o.next();
            if (record == null) {
                break;
            }
            if (isBlank(record)) {
                continue;
            }
            rows++;
            int bad = undecodableIndex(record);
            if (o.footer) {
                reject.accept(new Reject(source, line, "", RejectReason.FOOTER_ROW, FOOTER_DETAIL));
            } else if (bad >= 0) {
                String column = bad < width ? o.mapping.header().get(bad) : "";
                reject.accept(new Reject(source, line, column, RejectReason.UNDECODABLE_BYTES,
                        "not valid " + o.dialect.charset().name()));
            } else if (record.size() != width) {
                reject.accept(new Reject(source, line, "", RejectReason.WRONG_FIELD_COUNT,
                        "expected " + width + ", found " + record.size()));
            } else if (record.get(idIndex).isEmpty()) {
                reject.accept(new Reject(source, line, o.mapping.idColumn(), RejectReason.MISSING_ID, ""));
            } else {
                long first = seenIds.putIfAbsent(record.get(idIndex), line);
                if (first >= 0) {
                    reject.accept(new Reject(source, line, o.mapping.idColumn(), RejectReason.DUPLICATE_ID,
                            "first used at line " + first));
                } else {
                    accepted++;
                    consumer.accept(toSourceRecord(source, line, record, layout, idIndex));
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

    private static SourceRecord toSourceRecord(String source, long line, CSVRecord record, Layout layout, int idIndex) {
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

    static final String FOOTER_DETAIL = "a total or footer row after the data, not a record";

    private static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isEmpty();
    }

    private static int undecodableIndex(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) {
            if (record.get(i).indexOf(REPLACEMENT) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private Opened open(SourceConfig config) {
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
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .replaceWith(String.valueOf(REPLACEMENT))), 64 * 1024);
            CSVParser parser = CSVFormat.DEFAULT.builder()
                    .setDelimiter(delimiter)
                    .setQuote('"')
                    .setTrim(true)
                    .setIgnoreSurroundingSpaces(true)
                    .setIgnoreEmptyLines(false)
                    .get()
                    .parse(reader);
            Opened opened = new Opened(config, parser, dialect);
            in = null;
            opened.readHeader(mapper);
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

    /** An open parser positioned after the header, tracking physical line numbers. */
    private static final class Opened implements AutoCloseable {
        final SourceConfig config;
        final CSVParser parser;
        final Iterator<CSVRecord> rows;
        final Dialect dialect;
        ColumnMapping mapping;
        long lastLine;
        /** True when the record last returned by {@link #next} is a footer row after the data. */
        boolean footer;
        private final java.util.ArrayDeque<Buffered> ahead = new java.util.ArrayDeque<>();
        private final java.util.ArrayDeque<Buffered> pending = new java.util.ArrayDeque<>();

        /** A record read ahead, with the physical line it ends on. */
        private record Buffered(CSVRecord record, long endLine, boolean footer) { }

        Opened(SourceConfig config, CSVParser parser, Dialect dialect) {
            this.config = config;
            this.parser = parser;
            this.rows = parser.iterator();
            this.dialect = dialect;
        }

        /**
         * Reads up to {@link #LOOKAHEAD_ROWS} rows ahead, finds the header among them (title rows above it are
         * skipped, see {@link org.residentindex.ingest.layout.TableStart}), maps the columns from the header and
         * the rows after it, and keeps those rows to be returned by {@link #next}.
         */
        void readHeader(ColumnMapper mapper) {
            List<Buffered> first = new ArrayList<>();
            for (CSVRecord r = raw(); r != null; r = raw()) {
                first.add(new Buffered(r, lastLine, false));
                if (first.size() >= LOOKAHEAD_ROWS) {
                    break;
                }
            }
            List<List<String>> cells = new ArrayList<>();
            first.forEach(b -> cells.add(b.record().toList()));
            org.residentindex.ingest.layout.TableStart.Position at =
                    org.residentindex.ingest.layout.TableStart.find(cells, config.skipRows());
            if (at.index() < 0) {
                close();
                throw new ResidentIndexException("source '" + config.name() + "': " + config.path()
                        + " is empty (no header line)");
            }
            long headerLine = at.index() == 0 ? 1 : first.get(at.index() - 1).endLine() + 1;
            List<String> names = new ArrayList<>(first.get(at.index()).record().toList());
            List<List<String>> sample = cells.subList(at.index() + 1, cells.size());
            try {
                mapping = mapper.map(names, sample, config, headerLine).at(headerLine, at.titleRows(),
                        LayoutNotes.titleRows(config, at.titleRows(), headerLine));
            } catch (RuntimeException e) {
                close();
                throw e;
            }
            lastLine = first.get(at.index()).endLine();
            ahead.addAll(first.subList(at.index() + 1, first.size()));
        }

        /**
         * The next record, or null at the end. A footer-like row is held back with the rows after it until an
         * ordinary row follows (then they are all ordinary rows) or the file ends (then they are footers).
         */
        CSVRecord next() {
            if (pending.isEmpty()) {
                Buffered b = pull();
                if (b == null) {
                    return null;
                }
                int width = mapping == null ? 0 : mapping.header().size();
                if (width > 0 && footerLike(b.record(), width)) {
                    List<Buffered> held = new ArrayList<>();
                    held.add(b);
                    Buffered n = pull();
                    while (n != null && (isBlank(n.record())
                            || footerLike(n.record(), width))) {
                        held.add(n);
                        n = pull();
                    }
                    for (Buffered h : held) {
                        pending.add(new Buffered(h.record(), h.endLine(), n == null));
                    }
                    if (n != null) {
                        pending.add(n);
                    }
                } else {
                    pending.add(b);
                }
            }
            Buffered b = pending.poll();
            lastLine = b.endLine();
            footer = b.footer();
            return b.record();
        }

        private static boolean footerLike(CSVRecord r, int width) {
            return org.residentindex.ingest.layout.FooterDetector.candidate(r.size(), r::get, width);
        }

        private Buffered pull() {
            if (!ahead.isEmpty()) {
                return ahead.poll();
            }
            CSVRecord r = raw();
            return r == null ? null : new Buffered(r, lastLine, false);
        }

        /** The next record from the parser, or null at the end; sets {@link #lastLine}. */
        private CSVRecord raw() {
            try {
                if (!rows.hasNext()) {
                    return null;
                }
                CSVRecord r = rows.next();
                lastLine = parser.getCurrentLineNumber();
                return r;
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new ResidentIndexException("source '" + config.name() + "': " + config.path()
                        + " cannot be parsed after line " + lastLine
                        + " (an unterminated quote or unreadable file)", e);
            }
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
