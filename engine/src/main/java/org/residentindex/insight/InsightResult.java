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
 * @param base      how the counts relate to the dataset: records not examined and why, and the unit counted
 *                  when it is not the record (tenancies, which hold one or more tenant records)
 */
public record InsightResult(String id, String title, String source, String method, long examined, long flagged,
                            String headline, double headlineValue, List<Flag> flags, Base base) {

    public InsightResult {
        flags = List.copyOf(flags);
        base = base == null ? Base.RECORDS : base;
    }

    /** A result that examined every record of its source, counted in records. */
    public InsightResult(String id, String title, String source, String method, long examined, long flagged,
                         String headline, double headlineValue, List<Flag> flags) {
        this(id, title, source, method, examined, flagged, headline, headlineValue, flags, Base.RECORDS);
    }

    /**
     * The base of an insight's counts, so every figure adds up against the dataset.
     *
     * @param notExamined    records of the source not examined ({@code examined + notExamined} = the source's
     *                       records)
     * @param notExaminedWhy why they were not examined, or null
     * @param unit           what the headline counts when not records ({@code tenancies}), or null
     * @param unitsExamined  units examined (distinct tenancies), or 0
     * @param unitsFlagged   units with at least one flagged record, or 0
     */
    public record Base(long notExamined, String notExaminedWhy, String unit, long unitsExamined, long unitsFlagged) {

        /** Every record examined; counted in records. */
        public static final Base RECORDS = new Base(0, null, null, 0, 0);
    }
}
