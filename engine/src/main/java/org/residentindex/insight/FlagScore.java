package org.residentindex.insight;

/**
 * How well an insight's flags found the planted scenarios.
 *
 * @param insight   insight id
 * @param scenario  the scenario name(s) scored against, joined with {@code +}
 * @param flagged   records flagged
 * @param planted   records planted
 * @param correct   flagged records that were planted
 * @param precision {@code correct / flagged} (0 when nothing flagged)
 * @param recall    {@code correct / planted} (0 when nothing planted)
 */
public record FlagScore(String insight, String scenario, long flagged, long planted, long correct,
                        double precision, double recall) {
}
