package org.residentindex.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.residentindex.ResidentIndexException;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.ingest.layout.FooterDetector;
import org.residentindex.ingest.layout.TableStart;
import org.residentindex.model.CanonicalField;
import org.residentindex.model.SourceRecord;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams one sheet of an Excel {@code .xlsx} workbook (the first, or {@code sheet:} in the config) with Apache
 * POI's event API: {@link XSSFReader} and {@link XSSFSheetXMLHandler} parse the sheet's XML with SAX, one row at
 * a time, so a large sheet never sits in memory (the shared-strings table does, as POI's read-only table). Cell
 * values come from their cell types: a number in a date format is read as an ISO date ({@code 1985-03-12}, so a
 * date of birth never depends on the US or UK display format), other whole numbers in full (a 12-digit UPRN is
 * not turned into {@code 1.0E+11}), text as written. Title rows, the header, footer rows and the column mapping
 * are found as for CSV; rows are numbered as the spreadsheet numbers them. The rejects contract is the CSV one:
 * every data row is accepted or rejected (more cells than the header, a blank or repeated id, a footer row), with
 * the row number, the column and a reason naming the sheet, never a value. Thread-safe: each call reads
 * independently.
 */
final class XlsxSource {

    private final ColumnMapper mapper;

    XlsxSource(ColumnMapper mapper) {
        this.mapper = mapper;
    }

    /** True when {@code config}'s file is an .xlsx (or .xlsm) workbook. */
    static boolean handles(SourceConfig config) {
        if (config.path() == null || config.path().getFileName() == null) {
            return false;
        }
        String n = config.path().getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm");
    }

    /** The mapping of the sheet, reading only its first rows. */
    SourceReader.ColumnMappingResult inspect(SourceConfig config) {
        Table table = new Table(config, mapper, null, null);
        parse(config, table, true);
        table.finish();
        return new SourceReader.ColumnMappingResult(dialect(), table.mapping);
    }

    /** Reads the whole sheet. */
    ReadSummary read(SourceConfig config, Consumer<SourceRecord> consumer, RejectSink rejects) {
        Table table = new Table(config, mapper, consumer, rejects);
        parse(config, table, false);
        table.finish();
        return new ReadSummary(config.name(), dialect(), table.mapping, table.rows, table.accepted, table.counts);
    }

    /** A workbook has no delimiter or byte encoding of its own: XML inside is UTF-8. */
    private static Dialect dialect() {
        return new Dialect(',', StandardCharsets.UTF_8, false, false);
    }

    private void parse(SourceConfig config, Table table, boolean headerOnly) {
        if (!Files.isRegularFile(config.path())) {
            throw new ResidentIndexException("source '" + config.name() + "': file not found: " + config.path());
        }
        try (OPCPackage pkg = OPCPackage.open(config.path().toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    names.add(name);
                    if (config.sheet() == null || config.sheet().equals(name)) {
                        table.sheet = name;
                        XMLReader xml = XMLHelper.newXMLReader();
                        xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(table, headerOnly),
                                new CellFormatter(), false));
                        try {
                            xml.parse(new InputSource(sheet));
                        } catch (EnoughRows stop) {
                            // inspect: the first rows are all that is needed
                        }
                        return;
                    }
                }
            }
            throw new ResidentIndexException("source '" + config.name() + "': " + config.path() + " has no sheet '"
                    + config.sheet() + "'; its sheets are " + names);
        } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException
                | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            throw new ResidentIndexException("source '" + config.name() + "': " + config.path()
                    + " cannot be read as an .xlsx workbook (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Stops the SAX parse once the header and sample rows are in. */
    private static final class EnoughRows extends RuntimeException {
        EnoughRows() {
            super(null, null, false, false);
        }
    }

    /** Formats cells from their types: dates as ISO dates, whole numbers in full. */
    private static final class CellFormatter extends DataFormatter {

        CellFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value, use1904);
                return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.toString();
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    /** SAX row callbacks: builds each row's cells, filling gaps, and hands them to the table. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Table table;
        private final boolean headerOnly;
        private final List<String> cells = new ArrayList<>();

        Rows(Table table, boolean headerOnly) {
            this.table = table;
            this.headerOnly = headerOnly;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String ref, String formattedValue, XSSFComment comment) {
            int col = ref == null ? cells.size() : new CellReference(ref).getCol();
            while (cells.size() < col) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue.trim());
        }

        @Override
        public void endRow(int rowNum) {
            table.row(rowNum + 1L, new ArrayList<>(cells));
            if (headerOnly && table.mapping != null) {
                throw new EnoughRows();
            }
        }
    }

    /** Header search, mapping, footer hold-back and record assembly for one sheet. */
    private static final class Table {
        final SourceConfig config;
        final ColumnMapper mapper;
        final Consumer<SourceRecord> consumer;
        final RejectSink sink;
        final List<long[]> firstLines = new ArrayList<>();
        final List<List<String>> first = new ArrayList<>();
        final ArrayDeque<Object[]> held = new ArrayDeque<>();
        final Map<RejectReason, Long> counts = new EnumMap<>(RejectReason.class);
        final IdIndex ids = new IdIndex();
        String sheet;
        ColumnMapping mapping;
        int idIndex;
        long rows;
        long accepted;

        Table(SourceConfig config, ColumnMapper mapper, Consumer<SourceRecord> consumer, RejectSink sink) {
            this.config = config;
            this.mapper = mapper;
            this.consumer = consumer;
            this.sink = sink;
        }

        void row(long line, List<String> cells) {
            if (mapping == null) {
                // rows the sheet leaves out are blank rows: skip_rows counts the sheet's own rows
                long next = firstLines.isEmpty() ? 1 : firstLines.get(firstLines.size() - 1)[0] + 1;
                for (long gap = next; gap < line && first.size() < SourceReader.LOOKAHEAD_ROWS; gap++) {
                    first.add(List.of());
                    firstLines.add(new long[] {gap});
                }
                first.add(cells);
                firstLines.add(new long[] {line});
                if (first.size() >= SourceReader.LOOKAHEAD_ROWS) {
                    start();
                }
                return;
            }
            data(line, cells);
        }

        void finish() {
            if (mapping == null) {
                start();
            }
            for (Object[] h : held) {
                if (!TableStart.isBlank(castCells(h))) {
                    rows++;
                    reject(new Reject(config.name(), (long) h[0], "", RejectReason.FOOTER_ROW,
                            SourceReader.FOOTER_DETAIL + " (sheet '" + sheet + "')"));
                }
            }
            held.clear();
        }

        private void start() {
            TableStart.Position at = TableStart.find(first, config.skipRows());
            if (at.index() < 0) {
                throw new ResidentIndexException("source '" + config.name() + "': sheet '" + sheet + "' of "
                        + config.path() + " is empty (no header row)");
            }
            long headerLine = firstLines.get(at.index())[0];
            mapping = mapper.map(first.get(at.index()), first.subList(at.index() + 1, first.size()), config,
                    headerLine).at(headerLine, at.titleRows(), LayoutNotes.titleRows(config, at.titleRows(), headerLine));
            idIndex = mapping.indexOf(mapping.idColumn());
            if (consumer != null) {
                for (int i = at.index() + 1; i < first.size(); i++) {
                    data(firstLines.get(i)[0], first.get(i));
                }
            }
            first.clear();
            firstLines.clear();
        }

        @SuppressWarnings("unchecked")
        private static List<String> castCells(Object[] h) {
            return (List<String>) h[1];
        }

        private void data(long line, List<String> cells) {
            if (consumer == null) {
                return;
            }
            int width = mapping.header().size();
            if (FooterDetector.candidate(cells, width) || (!held.isEmpty() && TableStart.isBlank(cells))) {
                held.add(new Object[] {line, cells});
                return;
            }
            while (!held.isEmpty()) {
                Object[] h = held.poll();
                record((long) h[0], castCells(h));
            }
            record(line, cells);
        }

        private void record(long line, List<String> cells) {
            if (TableStart.isBlank(cells)) {
                return;
            }
            rows++;
            int width = mapping.header().size();
            int last = cells.size() - 1;
            while (last >= width && cells.get(last).isEmpty()) {
                last--;
            }
            if (last >= width) {
                reject(new Reject(config.name(), line, "", RejectReason.WRONG_FIELD_COUNT, "sheet '" + sheet
                        + "': a value in column " + CellReference.convertNumToColString(last) + ", beyond the header's "
                        + width + " columns"));
                return;
            }
            String id = idIndex < cells.size() ? cells.get(idIndex) : "";
            if (id.isEmpty()) {
                reject(new Reject(config.name(), line, mapping.idColumn(), RejectReason.MISSING_ID,
                        "sheet '" + sheet + "'"));
                return;
            }
            long firstUse = ids.putIfAbsent(id, line);
            if (firstUse >= 0) {
                reject(new Reject(config.name(), line, mapping.idColumn(), RejectReason.DUPLICATE_ID,
                        "sheet '" + sheet + "', first used at row " + firstUse));
                return;
            }
            accepted++;
            consumer.accept(toRecord(line, cells, id));
        }

        private SourceRecord toRecord(long line, List<String> cells, String id) {
            Map<CanonicalField, String> values = new EnumMap<>(CanonicalField.class);
            mapping.fields().forEach((field, column) -> {
                int i = mapping.indexOf(column);
                if (field != CanonicalField.RECORD_ID && i < cells.size() && !cells.get(i).isEmpty()) {
                    values.put(field, cells.get(i));
                }
            });
            Map<String, String> other = new LinkedHashMap<>();
            for (String column : mapping.other()) {
                int i = mapping.indexOf(column);
                if (i < cells.size() && !cells.get(i).isEmpty()) {
                    other.put(column, cells.get(i));
                }
            }
            return new SourceRecord(config.name(), line, id, values, other);
        }

        private void reject(Reject r) {
            counts.merge(r.reason(), 1L, Long::sum);
            sink.reject(r);
        }
    }
}
