package org.residentindex.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Splits decoded CSV text into records (RFC 4180 quoting, values trimmed, spaces around quotes ignored) with
 * bounds, so one bad quote or one endless line costs one row, never the rest of the file.
 *
 * <p>Why not Commons CSV here: it reads a stray quote as the start of a value that runs on until the next quote,
 * however far, and silently merges the rows in between into one value (or aborts the whole file at the end);
 * it cannot stop a value after N lines, nor restart at the next line. This reader decides record boundaries
 * itself: a quoted value that is still open after {@link SourceReader.Limits#maxQuotedLines} physical lines or
 * {@link SourceReader.Limits#maxQuotedChars} characters, that is never closed, that is followed by text before the
 * delimiter, or that spans lines and yields a record of the wrong width or whose inner lines look like records
 * (they hold at least width − 1 delimiters), is taken for a stray quote: only its first line is rejected (with the
 * line range in the detail) and reading restarts at the next line. A physical line longer than
 * {@link SourceReader.Limits#maxLineChars} is rejected whole without being held in memory; one longer than
 * {@link #HARD_LINE_LIMIT} characters ends the file with an error (it is not a CSV file).
 *
 * <p>Line numbers are physical (1-based; {@code \n}, {@code \r\n} and {@code \r} end a line). Not thread-safe.
 */
final class CsvRecords {

    /** Beyond this many characters without a line end the input is not CSV (e.g. {@code /dev/zero}). */
    static final long HARD_LINE_LIMIT = 64L * 1024 * 1024;

    /** One record: its physical line range and its values, or the reason it cannot be read. */
    record Chunk(long firstLine, long lastLine, List<String> fields, RejectReason problem, String detail) {
        boolean ok() {
            return problem == null;
        }
    }

    /** A physical line; {@code text} is null when the line was too long to keep. */
    private record Line(long number, String text, long length) {
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, AFTER_QUOTE }

    private final Reader in;
    private final char delimiter;
    private final SourceReader.Limits limits;
    private final char[] buf = new char[64 * 1024];
    private int pos;
    private int len;
    private boolean eof;
    private long lineNumber;
    private final Deque<Line> pending = new ArrayDeque<>();
    private int width;

    CsvRecords(Reader in, char delimiter, SourceReader.Limits limits) {
        this.in = in;
        this.delimiter = delimiter;
        this.limits = limits;
    }

    /** The expected number of fields once the header is known (0: unknown), used to spot swallowed rows. */
    void expectWidth(int fields) {
        this.width = fields;
    }

    /** The next record, or null at the end of the input. */
    Chunk next() throws IOException {
        Line first = line();
        if (first == null) {
            return null;
        }
        if (first.text == null) {
            return new Chunk(first.number, first.number, List.of(), RejectReason.TOO_LONG,
                    String.format(Locale.ROOT, "line longer than %,d characters", limits.maxLineChars()));
        }
        List<Line> lines = new ArrayList<>(2);
        lines.add(first);
        List<String> fields = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        State state = State.FIELD_START;
        long quotedChars = 0;
        Line current = first;
        while (true) {
            String text = current.text;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (state) {
                    case FIELD_START -> {
                        if (c == delimiter) {
                            endField(fields, value);
                        } else if (c == '"' && value.toString().isBlank()) {
                            value.setLength(0);
                            state = State.QUOTED;
                        } else {
                            value.append(c);
                            if (!isSpace(c)) {
                                state = State.UNQUOTED;
                            }
                        }
                    }
                    case UNQUOTED -> {
                        if (c == delimiter) {
                            endField(fields, value);
                            state = State.FIELD_START;
                        } else {
                            value.append(c);
                        }
                    }
                    case QUOTED -> {
                        if (c == '"') {
                            if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                                value.append('"');
                                i++;
                            } else {
                                state = State.AFTER_QUOTE;
                            }
                        } else {
                            value.append(c);
                            quotedChars++;
                        }
                    }
                    case AFTER_QUOTE -> {
                        if (c == delimiter) {
                            endField(fields, value);
                            state = State.FIELD_START;
                        } else if (!isSpace(c)) {
                            return stray(lines, "text after a closing quote before the next delimiter");
                        }
                    }
                    default -> throw new IllegalStateException();
                }
            }
            if (state != State.QUOTED) {
                break;
            }
            if (lines.size() >= limits.maxQuotedLines() || quotedChars > limits.maxQuotedChars()) {
                return stray(lines, String.format(Locale.ROOT,
                        "a quote opened on line %d is not closed within %d lines or %,d characters",
                        first.number, limits.maxQuotedLines(), limits.maxQuotedChars()));
            }
            Line more = line();
            if (more == null) {
                return stray(lines, "a quote opened on line " + first.number + " is never closed");
            }
            lines.add(more);
            if (more.text == null) {
                return stray(lines, "a quote opened on line " + first.number + " runs into an over-long line");
            }
            value.append('\n');
            quotedChars++;
            current = more;
        }
        endField(fields, value);
        if (lines.size() > 1 && width > 0 && (fields.size() != width || swallowsRows(lines))) {
            return stray(lines, fields.size() != width
                    ? "a quoted value gives " + fields.size()
                            + " fields instead of " + width
                    : "a quoted value"
                            + " holds lines that look like records");
        }
        return new Chunk(first.number, current.number, fields, null, null);
    }

    /**
     * The record starting at {@code lines[0]} is taken to hold a stray quote: reject that line only and give the
     * lines after it back, to be read again as records of their own.
     */
    private Chunk stray(List<Line> lines, String why) {
        Line first = lines.get(0);
        Line last = lines.get(lines.size() - 1);
        for (int i = lines.size() - 1; i >= 1; i--) {
            pending.addFirst(lines.get(i));
        }
        String range = lines.size() > 1 ? " (lines " + first.number + "-" + last.number + "); reading resumes at line "
                + (first.number + 1) : "";
        return new Chunk(first.number, first.number, List.of(), RejectReason.UNBALANCED_QUOTE, why + range);
    }

    private boolean swallowsRows(List<Line> lines) {
        if (width < 2) {
            return false;
        }
        for (int i = 1; i < lines.size() - 1; i++) {
            String t = lines.get(i).text;
            int n = 0;
            for (int k = 0; k < t.length(); k++) {
                if (t.charAt(k) == delimiter) {
                    n++;
                }
            }
            if (n >= width - 1) {
                return true;
            }
        }
        return false;
    }

    private boolean isSpace(char c) {
        return c != delimiter && (c == ' ' || c == '\t');
    }

    private static void endField(List<String> fields, StringBuilder value) {
        fields.add(value.toString().trim());
        value.setLength(0);
    }

    /** The next physical line (given back lines first), or null at the end. */
    private Line line() throws IOException {
        if (!pending.isEmpty()) {
            return pending.removeFirst();
        }
        if (!fill()) {
            return null;
        }
        long number = ++lineNumber;
        StringBuilder text = new StringBuilder();
        long length = 0;
        boolean keep = true;
        while (fill()) {
            char c = buf[pos++];
            if (c == '\n') {
                break;
            }
            if (c == '\r') {
                if (fill() && buf[pos] == '\n') {
                    pos++;
                }
                break;
            }
            length++;
            if (keep) {
                if (length > limits.maxLineChars()) {
                    keep = false;
                    text = null;
                } else {
                    text.append(c);
                }
            } else if (length > HARD_LINE_LIMIT) {
                throw new NotCsvException(number);
            }
        }
        return new Line(number, keep ? text.toString() : null, length);
    }

    private boolean fill() throws IOException {
        if (pos < len) {
            return true;
        }
        if (eof) {
            return false;
        }
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) {
            len = 0;
            eof = true;
            return false;
        }
        return true;
    }

    /** A line so long that the input cannot be a CSV file. */
    static final class NotCsvException extends IOException {
        private static final long serialVersionUID = 1L;
        final long line;

        NotCsvException(long line) {
            super("line " + line + " is longer than " + (HARD_LINE_LIMIT >> 20) + " MB");
            this.line = line;
        }
    }
}
