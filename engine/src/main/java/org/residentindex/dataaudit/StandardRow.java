package org.residentindex.dataaudit;

import java.util.Map;

/**
 * One core item of the proposed corporate data standard.
 *
 * @param item           the core item
 * @param format         the proposed format code: the one most datasets already use (each dataset votes with the
 *                       format most of its values are in)
 * @param votes          datasets whose majority format is {@code format}
 * @param voters         datasets that hold the item
 * @param tie            true when another format had as many votes (the tie is broken by the number of values in
 *                       each format, then by code order) — a council should then choose, not adopt
 * @param datasetFormats per dataset holding the item, its majority format code, in run order
 * @param conformance    per dataset holding the item, the share of its values already in {@code format}
 */
public record StandardRow(StandardItem item, String format, int votes, int voters, boolean tie,
                          Map<String, String> datasetFormats, Map<String, Double> conformance) {

    public StandardRow {
        datasetFormats = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(datasetFormats));
        conformance = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(conformance));
    }

    /** True when {@code source}'s majority format is the proposed one. */
    public boolean conforms(String source) {
        return format.equals(datasetFormats.get(source));
    }
}
