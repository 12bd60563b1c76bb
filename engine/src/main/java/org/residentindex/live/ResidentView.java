package org.residentindex.live;

import java.util.List;

/** A resident's single view: the golden record, every service's records, and the resident's history. */
public record ResidentView(GoldenRecord golden, List<LiveRecord> records, List<ChangeEvent> history) {

    public ResidentView {
        records = List.copyOf(records);
        history = List.copyOf(history);
    }
}
