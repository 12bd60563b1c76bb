package org.residentindex.insight;

/**
 * One planted scenario row ({@code scenarios.csv}: {@code scenario,source,record_id,detail}) — the answer key
 * used only to score flags.
 *
 * @param scenario scenario name
 * @param source   dataset name
 * @param recordId record id
 */
public record Scenario(String scenario, String source, String recordId) {

    /** {@code source#recordId}. */
    public String ref() {
        return source + "#" + recordId;
    }
}
