package org.residentindex.live;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.residentindex.cluster.RecordKey;

/**
 * One record held by the live index, as services see it: its key, resident, display values by
 * {@link GoldenRecord#FIELDS field} (as written: Siân, not sian) and when it was last changed. Immutable.
 */
public record LiveRecord(RecordKey key, String residentId, Map<String, String> fields, Instant updated) {

    public LiveRecord {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The record's source (service). */
    public String source() {
        return key.source();
    }
}
