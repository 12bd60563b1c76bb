package org.residentindex.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How an error message may describe a file's first line without quoting personal data: its shape only. When
 * every cell looks like a column name (letters first, then letters, digits, spaces or {@code _ - . # / ( )}, no
 * more than 40 characters, and no digits beyond a trailing number as in {@code address_1}) the names are listed,
 * each cut to 40 characters; otherwise — a data row where a header should be — only the column count is given,
 * with the hint that the header line may be missing. A data row of words only (say a name and a town) can pass
 * for a header; that is the limit of what can be told from one line. Stateless.
 */
public final class HeaderShape {

    private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L} _\\-.#/()]*\\d{0,2}");
    private static final int MAX = 40;

    private HeaderShape() {
    }

    /** E.g. {@code 4 columns: rec_id, given_name, surname, postcode} or {@code 7 columns, not a header ...}. */
    public static String describe(List<String> header) {
        int n = header.size();
        String count = n + (n == 1 ? " column" : " columns");
        for (String cell : header) {
            String c = cell == null ? "" : cell.trim();
            if (c.isEmpty() || c.length() > MAX || !NAME.matcher(c).matches()) {
                return count + "; the first line does not look like a header (its values are not shown: it may be"
                        + " a data row, so the header line may be missing)";
            }
        }
        StringBuilder b = new StringBuilder(count).append(": ");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ", ").append(header.get(i).trim());
        }
        return b.toString();
    }
}
