package org.residentindex.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One accepted row of a source as read, before normalisation: the record id, the physical line number where
 * the row starts, the raw (trimmed) value of every mapped canonical field and the raw "other" columns in file
 * order. Blank values are absent from the maps. Immutable.
 *
 * @param source the source name
 * @param line   1-based physical line number of the row's first line
 * @param recordId the non-blank record id, unique within the source
 * @param values canonical field → raw value
 * @param other  other column name → raw value, in file order
 */
public record SourceRecord(
        String source, long line, String recordId, Map<CanonicalField, String> values, Map<String, String> other) {

    public SourceRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordId, "recordId");
        EnumMap<CanonicalField, String> v = new EnumMap<>(CanonicalField.class);
        v.putAll(values);
        values = Collections.unmodifiableMap(v);
        other = Collections.unmodifiableMap(new LinkedHashMap<>(other));
    }

    /** The raw value of {@code field}, or null when absent or blank. */
    public String get(CanonicalField field) {
        return values.get(field);
    }
}
