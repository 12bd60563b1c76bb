package org.residentindex.live;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.residentindex.cluster.RecordKey;

/**
 * One record as the index stores it: identity, resident, last change, display values, comparable values (what
 * the model compares; blocking keys among them) and the links this record brought (to records added before it).
 */
record Doc(RecordKey key, String residentId, Instant updated, Map<String, String> display,
        Map<String, String> values, List<Edge> edges) {

    /** A stored link: the other record and the pair's match weight. */
    record Edge(RecordKey other, double weight) {
    }

    Doc withResident(String id) {
        return new Doc(key, id, updated, display, values, edges);
    }

    LiveRecord toLive() {
        return new LiveRecord(key, residentId, display, updated);
    }
}
