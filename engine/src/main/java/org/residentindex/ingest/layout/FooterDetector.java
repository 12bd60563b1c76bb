package org.residentindex.ingest.layout;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises a total or footer row that a report export appends after the data ("Total records: 1,363",
 * "End of report", "Report generated 12/03/2025 by ...", "Page 3 of 3"). A row is a footer candidate when it is
 * mostly empty (at most a third of the header's width filled, or a different number of cells) and one of its
 * cells starts with such words; readers hold candidates back and treat them as footers only when no ordinary row
 * follows them. Stateless.
 */
public final class FooterDetector {

    private static final Pattern FOOTER = Pattern.compile("^(grand\\s+)?(sub\\s*)?totals?\\b|^(number|no\\.?|count)\\s+of\\s+"
            + "(records|rows|lines|accounts|people|residents)|^(record|row|line)s?\\s*(count|total)\\b|^count\\b"
            + "|^end\\s+of\\s+(report|file|data|extract|list)|^(report|extract|file)\\s+(run|generated|produced|printed|created)"
            + "|^(generated|printed|produced|created|exported|extracted)\\s+(on|by|at)\\b|^page\\s+\\d+|^\\*+\\s*end"
            + "|^cyfanswm\\b|^diwedd\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private FooterDetector() {
    }

    /** True when {@code cells} could be a footer row of a table {@code width} columns wide. */
    public static boolean candidate(List<String> cells, int width) {
        return candidate(cells.size(), cells::get, width);
    }

    /**
     * As {@link #candidate(List, int)}, reading the row's {@code size} cells through {@code cell}: the cheap
     * sparseness test comes first, so an ordinary (filled) row costs a loop over its cells and no pattern match.
     */
    public static boolean candidate(int size, java.util.function.IntFunction<String> cell, int width) {
        int filled = 0;
        for (int i = 0; i < size; i++) {
            String c = cell.apply(i);
            if (c != null && !c.isBlank()) {
                filled++;
            }
        }
        if (size == width && filled > Math.max(2, width / 3)) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            String c = cell.apply(i);
            if (c != null && !c.isBlank() && FOOTER.matcher(c.trim()).find()) {
                return true;
            }
        }
        return false;
    }
}
