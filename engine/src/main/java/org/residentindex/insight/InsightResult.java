package org.residentindex.insight;

import java.util.List;

/**
 * What one insight found.
 *
 * @param id        stable identifier ({@code electoral_validation}, {@code possible_subletting}, ...)
 * @param title     heading for the report
 * @param source    the dataset whose records are examined and flagged
 * @param method    how the flag is decided, from records, links and the gazetteer only
 * @param examined  records examined
 * @param flagged   records flagged ({@code flags.size()})
 * @param headline  the insight's key share and what it means, e.g. "validated: 0.81"
 * @param headlineValue the key share itself
 * @param flags     the flagged records, by source then record id
 */
public record InsightResult(String id, String title, String source, String method, long examined, long flagged,
                            String headline, double headlineValue, List<Flag> flags) {

    public InsightResult {
        flags = List.copyOf(flags);
    }
}
