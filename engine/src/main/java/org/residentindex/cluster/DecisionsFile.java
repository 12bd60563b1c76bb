package org.residentindex.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code decisions.csv}: {@code left_source,left_record_id,right_source,right_record_id,decision} with
 * decision {@code match} or {@code non-match} (any case), and optional {@code reviewer,date,note}. A later line
 * about the same pair (in either order) replaces an earlier one, so a reviewer reverses a decision by appending.
 */
public final class DecisionsFile {

    /** The required columns, in the documented order. */
    public static final List<String> COLUMNS =
            List.of("left_source", "left_record_id", "right_source", "right_record_id", "decision");

    private DecisionsFile() {
    }

    /** The decisions, one per pair, in order of each pair's first appearance. */
    public static List<Decision> read(Path file) {
        Map<List<RecordKey>, Decision> byPair = new LinkedHashMap<>();
        CsvInput.read(file, COLUMNS, row -> {
            RecordKey left = new RecordKey(row.required("left_source"), row.required("left_record_id"));
            RecordKey right = new RecordKey(row.required("right_source"), row.required("right_record_id"));
            if (left.equals(right)) {
                throw row.problem("right_record_id", "names the same record as the left side");
            }
            String verdict = row.required("decision").toLowerCase(Locale.ROOT);
            Decision.Verdict v = switch (verdict) {
                case "match" -> Decision.Verdict.MATCH;
                case "non-match", "nonmatch", "non_match" -> Decision.Verdict.NON_MATCH;
                default -> throw row.problem("decision", "must be 'match' or 'non-match'");
            };
            List<RecordKey> pair = left.compareTo(right) < 0 ? List.of(left, right) : List.of(right, left);
            Decision decision = new Decision(left, right, v, row.optional("reviewer"), row.optional("date"),
                    row.optional("note"));
            byPair.put(pair, decision);
        });
        return new ArrayList<>(byPair.values());
    }
}
