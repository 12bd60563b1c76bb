package org.residentindex.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.residentindex.model.CanonicalField;

/**
 * The understood layout of one source: the header, the column chosen for each canonical field (with how it was
 * chosen), the record id column, the ignored columns and the remaining "other" columns. Immutable.
 *
 * @param header  column names in file order
 * @param fields  canonical field → column name, in canonical order; includes {@link CanonicalField#RECORD_ID}
 * @param origins canonical field → how the column was chosen: {@code config}, {@code auto}
 * @param ignored ignored column names, in file order
 * @param other   unmapped, non-ignored column names, in file order
 */
public record ColumnMapping(
        List<String> header, Map<CanonicalField, String> fields, Map<CanonicalField, String> origins,
        List<String> ignored, List<String> other) {

    public ColumnMapping {
        header = List.copyOf(header);
        fields = Collections.unmodifiableMap(new EnumMap<>(fields));
        origins = Collections.unmodifiableMap(new EnumMap<>(origins));
        ignored = List.copyOf(ignored);
        other = List.copyOf(other);
    }

    /** The record id column. */
    public String idColumn() {
        return fields.get(CanonicalField.RECORD_ID);
    }

    /** Index of {@code column} in the header (first occurrence), or -1. */
    public int indexOf(String column) {
        return header.indexOf(column);
    }

    /** Column name → canonical key, or {@code (other)} / {@code (ignored)}, in file order, for printing. */
    public Map<String, String> describe() {
        Map<String, String> byColumn = new LinkedHashMap<>();
        for (String column : header) {
            byColumn.put(column, ignored.contains(column) ? "(ignored)" : "(other)");
        }
        fields.forEach((field, column) -> byColumn.put(column, field.key()));
        return byColumn;
    }

    /** Human-readable lines "column -> field (origin)", in file order. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        describe().forEach((column, target) -> {
            CanonicalField f = CanonicalField.fromKey(target).orElse(null);
            lines.add(column + " -> " + target + (f == null ? "" : " (" + origins.get(f) + ")"));
        });
        return lines;
    }
}
