package org.residentindex.ingest;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What reading one source found. Invariant: {@code rowsRead == accepted + rejected}, where rows are the
 * non-blank records after the header, and {@code rejected} is the sum of {@code rejectsByReason}.
 *
 * @param source          source name
 * @param dialect         how the file was read
 * @param mapping         how its columns were understood
 * @param rowsRead        data rows read (blank lines excluded)
 * @param accepted        rows passed to the consumer
 * @param rejectsByReason rejected rows per reason, every reason present (zero when none)
 */
public record ReadSummary(
        String source, Dialect dialect, ColumnMapping mapping, long rowsRead, long accepted,
        Map<RejectReason, Long> rejectsByReason) {

    public ReadSummary {
        EnumMap<RejectReason, Long> all = new EnumMap<>(RejectReason.class);
        for (RejectReason r : RejectReason.values()) {
            all.put(r, rejectsByReason.getOrDefault(r, 0L));
        }
        rejectsByReason = Collections.unmodifiableMap(all);
    }

    /** Total rejected rows. */
    public long rejected() {
        return rejectsByReason.values().stream().mapToLong(Long::longValue).sum();
    }
}
