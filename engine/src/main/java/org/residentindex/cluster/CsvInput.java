package org.residentindex.cluster;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.residentindex.ResidentIndexException;

/**
 * Reads a small headed CSV file (entities, truth, decisions) with Commons CSV, checks the required columns and
 * turns every problem into a {@link ResidentIndexException} naming file, line and column — never a value.
 * Column names match case-insensitively ({@link Locale#ROOT}) after trimming; extra columns are ignored.
 */
public final class CsvInput {

    /** One data row: its line number and access to columns by name. */
    public static final class Row {
        private final Path file;
        private final CSVRecord record;
        private final Map<String, Integer> columns;
        private final long line;

        Row(Path file, CSVRecord record, Map<String, Integer> columns, long line) {
            this.file = file;
            this.record = record;
            this.columns = columns;
            this.line = line;
        }

        /** The line number in the file (header is line 1). */
        public long line() {
            return line;
        }

        /** A required, non-empty value (trimmed). */
        public String required(String column) {
            String value = optional(column);
            if (value == null || value.isEmpty()) {
                throw problem(column, "is empty; a value is required");
            }
            return value;
        }

        /** A trimmed value, or null when the column is absent from the file or the row is short. */
        public String optional(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= record.size()) {
                return null;
            }
            return record.get(index).trim();
        }

        /** An error about one cell: file, line, column and what is wrong. */
        public ResidentIndexException problem(String column, String what) {
            Integer index = columns.get(column);
            return new ResidentIndexException(file + " line " + line + ", column " + (index == null ? "?" : index + 1)
                    + " (" + column + ") " + what);
        }
    }

    private CsvInput() {
    }

    /** Streams the rows of {@code file} to {@code consumer} after checking the {@code required} header columns. */
    public static void read(Path file, List<String> required, Consumer<Row> consumer) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(in, format)) {
            Map<String, Integer> columns = new TreeMap<>();
            List<String> header = parser.getHeaderNames();
            for (int i = 0; i < header.size(); i++) {
                columns.putIfAbsent(header.get(i).trim().toLowerCase(Locale.ROOT), i);
            }
            for (String column : required) {
                if (!columns.containsKey(column)) {
                    throw new ResidentIndexException(file + " line 1: missing column '" + column + "' (expected "
                            + String.join(",", required) + ")");
                }
            }
            long previousEnd = 1;
            for (CSVRecord record : parser) {
                // The record's first line: the parser is at the record's last line once it is returned.
                long line = previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                consumer.accept(new Row(file, record, columns, line));
            }
        } catch (NoSuchFileException e) {
            throw new ResidentIndexException(file + " does not exist", e);
        } catch (UncheckedIOException e) {
            throw new ResidentIndexException(file + " is not valid CSV near line " + lineOf(e) + " (expected "
                    + "comma-separated values with a header row)", e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ResidentIndexException(file + " has an unreadable header (expected a header row with "
                    + String.join(",", required) + ", each column once)", e);
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot read " + file + ": " + e.getClass().getSimpleName(), e);
        }
    }

    private static String lineOf(UncheckedIOException e) {
        String message = e.getCause() == null ? null : e.getCause().getMessage();
        if (message != null) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(message);
            if (m.find()) {
                return m.group(1);
            }
        }
        return "?";
    }
}
