package org.residentindex.ingest;

/**
 * How one column was understood, for {@code rix profile} and the written link.yaml.
 *
 * @param column     the column name
 * @param target     the canonical field key, {@code (other)} or {@code (ignored)}
 * @param origin     {@code config} (link.yaml or --map / --id / --ignore), {@code header}, {@code values},
 *                   {@code header+values}, or {@code none}
 * @param confidence 0–1 (1 for config)
 * @param reason     why, in words, column names and shares; never a value
 */
public record MappingDecision(String column, String target, String origin, double confidence, String reason) { }
