package org.residentindex.live;

import java.util.List;
import java.util.Map;

/**
 * One entry of the write-ahead log: a change as decided (never re-decided on replay, so replay gives exactly the
 * state that was acknowledged). {@code op} is {@code add} or {@code retract}; for an add, {@code display},
 * {@code values} and {@code edges} are the stored record; {@code assign} lists every record whose resident the
 * change set (the added one included); {@code retired} the ids retired by a merge; {@code review} the pairs that
 * went to clerical review.
 */
record LogEntry(long seq, long time, String op, String kind, String source, String recordId,
        Map<String, String> display, Map<String, String> values, List<LogEdge> edges, List<Assign> assign,
        Map<String, String> retired, List<LogEdge> review) {

    /** A record's new resident. */
    record Assign(String source, String recordId, String residentId) {
    }

    /** A link or review pair from the changed record to another. */
    record LogEdge(String source, String recordId, double weight) {
    }
}
