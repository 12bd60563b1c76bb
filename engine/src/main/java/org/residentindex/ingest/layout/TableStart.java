package org.residentindex.ingest.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.residentindex.ingest.recognise.HeaderMatch;
import org.residentindex.ingest.recognise.HeaderRecogniser;

/**
 * Finds the header row among a file's first rows. With {@code skipRows} given, the header is the first non-blank
 * row after that many rows. Otherwise it is the first of the first {@value #MAX_TITLE_ROWS} non-blank rows that
 * (a) is as wide as the rows after it, (b) has at least half its cells filled, all distinct, and (c) names at
 * least two columns the {@link HeaderRecogniser} knows; failing that, the first such row whose cells are all
 * filled, distinct and none a number or date; failing that, the first non-blank row. The rows before it are title
 * rows ("Council Tax extract", "Run date: ..."). Stateless.
 */
public final class TableStart {

    /** Title rows looked through at most. */
    public static final int MAX_TITLE_ROWS = 15;

    /**
     * Where the header is.
     *
     * @param index     index of the header row in the given rows
     * @param titleRows non-blank rows skipped above it
     */
    public record Position(int index, int titleRows) { }

    private TableStart() {
    }

    /** The header's position among {@code rows} (raw cells; blank rows allowed); -1 index when all are blank. */
    public static Position find(List<List<String>> rows, Integer skipRows) {
        int start = skipRows == null ? 0 : Math.min(skipRows, rows.size());
        List<Integer> nonBlank = new ArrayList<>();
        for (int i = start; i < rows.size(); i++) {
            if (!isBlank(rows.get(i))) {
                nonBlank.add(i);
            }
        }
        if (nonBlank.isEmpty()) {
            return new Position(-1, 0);
        }
        if (skipRows != null) {
            return new Position(nonBlank.get(0), countNonBlank(rows, 0, nonBlank.get(0)));
        }
        int limit = Math.min(MAX_TITLE_ROWS, nonBlank.size());
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < limit; k++) {
                int i = nonBlank.get(k);
                List<String> row = rows.get(i);
                int width = modalWidth(rows, nonBlank, k + 1);
                if (width > 0 && row.size() != width) {
                    continue;
                }
                if (pass == 0 ? looksNamed(row) : allNamed(row)) {
                    return new Position(i, k);
                }
            }
        }
        return new Position(nonBlank.get(0), 0);
    }

    /**
     * True when {@code row} reads as a header (named columns, as this class finds them); messages show a header
     * only then, since a row that is not one may be a record holding personal data.
     */
    public static boolean looksLikeHeader(List<String> row) {
        return looksNamed(row) || allNamed(row);
    }

    /** True when every cell is blank. */
    public static boolean isBlank(List<String> row) {
        for (String c : row) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksNamed(List<String> row) {
        int filled = 0;
        int known = 0;
        Set<String> distinct = new HashSet<>();
        for (String c : row) {
            if (c == null || c.isBlank()) {
                continue;
            }
            filled++;
            distinct.add(c.trim());
            if (HeaderRecogniser.recognise(c).kind() != HeaderMatch.Kind.UNKNOWN) {
                known++;
            }
        }
        return filled >= 2 && filled * 2 >= row.size() && distinct.size() == filled && known >= 2;
    }

    private static boolean allNamed(List<String> row) {
        Set<String> distinct = new HashSet<>();
        for (String c : row) {
            if (c == null || c.isBlank() || c.trim().matches(".*\\d.*[/.-].*\\d.*") || c.trim().matches("[0-9.,]+")) {
                return false;
            }
            distinct.add(c.trim());
        }
        return row.size() >= 2 && distinct.size() == row.size();
    }

    /** The most common width of up to 50 non-blank rows after position {@code from} of {@code nonBlank}. */
    private static int modalWidth(List<List<String>> rows, List<Integer> nonBlank, int from) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int k = from; k < Math.min(nonBlank.size(), from + 50); k++) {
            counts.merge(rows.get(nonBlank.get(k)).size(), 1, Integer::sum);
        }
        int best = 0;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() > best)) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private static int countNonBlank(List<List<String>> rows, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!isBlank(rows.get(i))) {
                n++;
            }
        }
        return n;
    }
}
