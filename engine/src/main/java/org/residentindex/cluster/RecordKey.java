package org.residentindex.cluster;

import java.util.Comparator;
import java.util.Objects;

/**
 * A record's external identity: the source (dataset) it came from and its id there. Ordered by source, then
 * record id (plain string order), which is the order id assignment and output files use.
 */
public record RecordKey(String source, String recordId) implements Comparable<RecordKey> {

    private static final Comparator<RecordKey> ORDER =
            Comparator.comparing(RecordKey::source).thenComparing(RecordKey::recordId);

    public RecordKey {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordId, "recordId");
    }

    @Override
    public int compareTo(RecordKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return source + "/" + recordId;
    }
}
