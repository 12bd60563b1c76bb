package org.residentindex.live;

import java.util.List;
import java.util.Map;
import org.residentindex.cluster.RecordKey;

/**
 * What one add, update or retraction did: its kind ({@link ChangeEvent#kind()}), the record, its resident (null
 * after a retraction that left none), the residents touched, the ids retired and the pairs left for review.
 */
public record ChangeResult(long seq, String kind, RecordKey record, String residentId, List<String> residents,
        Map<String, String> retired, int review) {
}
