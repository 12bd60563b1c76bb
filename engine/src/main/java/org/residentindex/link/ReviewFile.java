package org.residentindex.link;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.residentindex.cluster.Clustering;

/**
 * Writes {@code review.csv}: the pairs in the review band with their weight, probability and explanation (as
 * {@code links.csv} plus {@code explanation}), and, for the reviewer, a <em>masked</em> display of each record —
 * initials, year of birth and postcode district, the report's masked level, never a full name, date or address
 * — and {@code same_resident}: whether clustering already put both records in one resident (a reviewer can then
 * confirm a join, or split it with a cannot-link decision).
 */
final class ReviewFile {

    /** The columns: links.csv's, then explanation, left_display, right_display, same_resident. */
    static final String[] HEADER = {"left_source", "left_record_id", "right_source", "right_record_id",
        "match_weight", "match_probability", "explanation", "left_display", "right_display", "same_resident"};

    /**
     * One review pair, formatted.
     *
     * @param left        left record ordinal
     * @param right       right record ordinal
     * @param weight      formatted match weight
     * @param probability formatted match probability
     * @param explanation formatted explanation
     */
    record Row(int left, int right, String weight, String probability, String explanation) {
    }

    private ReviewFile() {
    }

    static void write(Path file, RecordStore store, List<Row> rows, Clustering clustering) {
        CSVPrinter csv = OutputFiles.open(file, HEADER);
        for (Row r : rows) {
            OutputFiles.print(csv, file, store.source(r.left()), store.recordId(r.left()), store.source(r.right()),
                    store.recordId(r.right()), r.weight(), r.probability(), r.explanation(), masked(store, r.left()),
                    masked(store, r.right()), clustering.clusterOf(r.left()) == clustering.clusterOf(r.right()));
        }
        OutputFiles.close(csv, file);
    }

    /** {@code D. J. (b. 1984) SA31}: initials, birth year, postcode district, each only when known. */
    static String masked(RecordStore store, int ordinal) {
        String given = value(store, RecordFields.KEY_PREFIX + "given_key", ordinal);
        String surname = value(store, RecordFields.KEY_PREFIX + "surname", ordinal);
        String year = value(store, RecordFields.KEY_PREFIX + "birth_year", ordinal);
        String district = value(store, RecordFields.KEY_PREFIX + "postcode_district", ordinal);
        StringBuilder b = new StringBuilder((initial(given) + " " + initial(surname)).trim());
        if (b.length() == 0) {
            b.append("(no name)");
        }
        if (year != null) {
            b.append(" (b. ").append(year).append(')');
        }
        if (district != null) {
            b.append(' ').append(district.toUpperCase(Locale.ROOT));
        }
        return b.toString();
    }

    private static String value(RecordStore store, String column, int ordinal) {
        Column c = store.columnNames().contains(column) ? store.column(column) : null;
        String v = c == null ? null : c.valueOf(ordinal);
        return v == null || v.isBlank() ? null : v;
    }

    private static String initial(String name) {
        if (name == null) {
            return "";
        }
        java.util.OptionalInt first = name.codePoints().filter(Character::isLetter).findFirst();
        return first.isEmpty() ? "" : new String(Character.toChars(first.getAsInt())).toUpperCase(Locale.ROOT) + ".";
    }
}
