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
 * @param decisions how each column was understood (confidence and reason), in file order; may be empty
 * @param warnings  what the user should know about this source's columns, in a fixed order
 * @param headerLine the 1-based line (or spreadsheet row) of the header; 0 when unknown
 * @param titleRows  non-blank rows above the header that were skipped as titles
 */
public record ColumnMapping(
        List<String> header, Map<CanonicalField, String> fields, Map<CanonicalField, String> origins,
        List<String> ignored, List<String> other, List<MappingDecision> decisions, List<MappingWarning> warnings,
        long headerLine, int titleRows) {

    public ColumnMapping {
        header = List.copyOf(header);
        fields = Collections.unmodifiableMap(new EnumMap<>(fields));
        origins = Collections.unmodifiableMap(new EnumMap<>(origins));
        ignored = List.copyOf(ignored);
        other = List.copyOf(other);
        decisions = List.copyOf(decisions);
        warnings = List.copyOf(warnings);
    }

    /** A mapping without decisions or warnings. */
    public ColumnMapping(List<String> header, Map<CanonicalField, String> fields, Map<CanonicalField, String> origins,
            List<String> ignored, List<String> other) {
        this(header, fields, origins, ignored, other, List.of(), List.of(), 0, 0);
    }

    /** This mapping with the header's position in the file. */
    public ColumnMapping at(long line, int titles, List<MappingWarning> extraWarnings) {
        List<MappingWarning> all = new ArrayList<>(warnings);
        all.addAll(extraWarnings);
        return new ColumnMapping(header, fields, origins, ignored, other, decisions, all, line, titles);
    }

    /** The warnings of {@link MappingWarning.Severity#WARNING} severity. */
    public List<MappingWarning> warningsOnly() {
        return warnings.stream().filter(w -> w.severity() == MappingWarning.Severity.WARNING).toList();
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
