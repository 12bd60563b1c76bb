package org.residentindex.ingest;

import java.nio.charset.Charset;

/**
 * How a CSV file is written: field delimiter, character set, and whether it starts with a byte-order mark.
 * Quotes are always {@code "}, surrounding spaces are always trimmed and blank lines skipped.
 *
 * @param delimiter the field separator: comma, tab, semicolon or pipe
 * @param charset   the encoding bytes are decoded with
 * @param bom       true when the file started with a UTF-8 byte-order mark (skipped)
 * @param detected  true when the delimiter was detected rather than given
 */
public record Dialect(char delimiter, Charset charset, boolean bom, boolean detected) {

    /** A readable name of the delimiter: {@code comma}, {@code tab}, {@code semicolon}, {@code pipe}. */
    public String delimiterName() {
        return switch (delimiter) {
            case ',' -> "comma";
            case '\t' -> "tab";
            case ';' -> "semicolon";
            case '|' -> "pipe";
            default -> "'" + delimiter + "'";
        };
    }
}
