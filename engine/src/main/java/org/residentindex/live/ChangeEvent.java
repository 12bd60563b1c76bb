package org.residentindex.live;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.residentindex.cluster.RecordKey;

/**
 * One change to the index, for a resident's history and for services that sync ({@code changes since}).
 *
 * @param seq       the change's sequence number (increasing)
 * @param time      when it was made
 * @param kind      {@code created}, {@code joined}, {@code merged}, {@code updated}, {@code retracted},
 *                  {@code split} or {@code review} (a new resident with pairs left for clerical review)
 * @param record    the record added, updated or retracted
 * @param residents the residents it touched (the record's own first), retired ones included
 * @param retired   ids retired by a merge → the id that now holds their records
 */
public record ChangeEvent(long seq, Instant time, String kind, RecordKey record, List<String> residents,
        Map<String, String> retired) {

    public ChangeEvent {
        residents = List.copyOf(residents);
        retired = Map.copyOf(retired);
    }
}
