package org.residentindex.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;

/**
 * Guesses the delimiter from a sample of a file's first bytes. For each candidate (comma, tab, semicolon, pipe)
 * it counts occurrences outside quotes on every complete line of the sample; a candidate whose count is the
 * same non-zero number on every line wins (the highest such count; ties go to the earlier candidate). If none
 * is constant, the candidate most frequent on the header line wins; a single-column file gets a comma.
 * Stateless and thread-safe.
 */
public final class DialectDetector {

    /** Candidates in order of preference. */
    static final char[] CANDIDATES = {',', '\t', ';', '|'};

    /** Bytes sampled from the start of a file. */
    public static final int SAMPLE_BYTES = 16 * 1024;

    /** The delimiter of a file whose first bytes are {@code sample} (BOM already removed). */
    public char detect(byte[] sample, int length, Charset charset, boolean truncated) {
        String text = decode(sample, length, charset);
        List<String> lines = logicalLines(text, truncated);
        if (lines.isEmpty()) {
            return ',';
        }
        char best = 0;
        int bestCount = 0;
        for (char c : CANDIDATES) {
            int constant = constantCount(lines, c);
            if (constant > bestCount) {
                best = c;
                bestCount = constant;
            }
        }
        if (best != 0) {
            return best;
        }
        for (char c : CANDIDATES) {
            int n = count(lines.get(0), c);
            if (n > bestCount) {
                best = c;
                bestCount = n;
            }
        }
        return best == 0 ? ',' : best;
    }

    private static String decode(byte[] sample, int length, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(sample, 0, length))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("REPLACE never reports", e);
        }
    }

    /** Non-blank lines, where a newline inside quotes does not end a line; a cut-off last line is dropped. */
    static List<String> logicalLines(String text, boolean truncated) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        boolean inQuotes = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                inQuotes = !inQuotes;
            }
            if (!inQuotes && (ch == '\n' || ch == '\r')) {
                addIfNotBlank(lines, line);
                line.setLength(0);
            } else {
                line.append(ch);
            }
        }
        if (!truncated) {
            addIfNotBlank(lines, line);
        }
        return lines;
    }

    private static void addIfNotBlank(List<String> lines, StringBuilder line) {
        if (!line.toString().isBlank()) {
            lines.add(line.toString());
        }
    }

    private static int constantCount(List<String> lines, char c) {
        int first = count(lines.get(0), c);
        for (String line : lines) {
            if (count(line, c) != first) {
                return 0;
            }
        }
        return first;
    }

    private static int count(String line, char c) {
        int n = 0;
        boolean inQuotes = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                inQuotes = !inQuotes;
            } else if (ch == c && !inQuotes) {
                n++;
            }
        }
        return n;
    }
}
