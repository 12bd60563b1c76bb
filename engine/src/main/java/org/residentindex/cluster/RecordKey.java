package org.residentindex.cluster;

import java.util.Objects;

/**
 * A record's external identity: the source (dataset) it came from and its id there. Ordered by source, then
 * record id (plain string order), which is the order id assignment and output files use.
 */
public record RecordKey(String source, String recordId) implements Comparable<RecordKey> {

    public RecordKey {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordId, "recordId");
    }

    @Override
    public int compareTo(RecordKey other) {
        // sources are a handful of shared strings: skip the character compare when they are the same one
        int bySource = source == other.source ? 0 : source.compareTo(other.source);
        return bySource != 0 ? bySource : recordId.compareTo(other.recordId);
    }

    @Override
    public String toString() {
        return source + "/" + recordId;
    }
}
