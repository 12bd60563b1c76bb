package org.residentindex.gazetteer;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.residentindex.ResidentIndexException;

/**
 * Which header column holds which {@link GazetteerField}: recognised header names first, then explicit
 * overrides ({@code field → column}) which win. A gazetteer is <em>structured</em> when it has street columns
 * and <em>flat</em> when it only has a single-line address; either way it needs a UPRN column.
 */
public final class ColumnMapping {

    private final Map<GazetteerField, Integer> columns;

    private ColumnMapping(Map<GazetteerField, Integer> columns) {
        this.columns = Collections.unmodifiableMap(columns);
    }

    /**
     * Resolves {@code header} with {@code overrides} (field key → column name).
     *
     * @throws ResidentIndexException when an override names an unknown field or column, or no UPRN or address
     *     column is found
     */
    public static ColumnMapping resolve(List<String> header, Map<String, String> overrides, String file) {
        Map<GazetteerField, Integer> cols = new EnumMap<>(GazetteerField.class);
        for (int i = 0; i < header.size(); i++) {
            for (GazetteerField f : GazetteerField.values()) {
                if (!cols.containsKey(f) && f.recognises(header.get(i))) {
                    cols.put(f, i);
                    break;
                }
            }
        }
        for (Map.Entry<String, String> e : new LinkedHashMap<>(overrides).entrySet()) {
            GazetteerField f = GazetteerField.fromKey(e.getKey()).orElseThrow(() -> new ResidentIndexException(
                    file + ": --map names unknown gazetteer field '" + e.getKey() + "'; expected one of "
                            + java.util.Arrays.stream(GazetteerField.values()).map(GazetteerField::key).toList()));
            int idx = header.indexOf(e.getValue());
            if (idx < 0) {
                throw new ResidentIndexException(file + ": --map " + e.getKey() + "=" + e.getValue()
                        + " names a column not in the header");
            }
            cols.put(f, idx);
        }
        if (!cols.containsKey(GazetteerField.UPRN)) {
            throw new ResidentIndexException(file + ": line 1: no UPRN column found in the header;"
                    + " map one with --map uprn=COLUMN");
        }
        if (!cols.containsKey(GazetteerField.STREET_EN) && !cols.containsKey(GazetteerField.STREET_CY)
                && !cols.containsKey(GazetteerField.ADDRESS)) {
            throw new ResidentIndexException(file + ": line 1: no street or single-line address column found;"
                    + " map one with --map street_en=COLUMN or --map address=COLUMN");
        }
        return new ColumnMapping(cols);
    }

    /** True when the extract is the flat {@code uprn, address, postcode} shape. */
    public boolean isFlat() {
        return !columns.containsKey(GazetteerField.STREET_EN) && !columns.containsKey(GazetteerField.STREET_CY);
    }

    /** The column index of {@code field}, or -1 when absent. */
    public int column(GazetteerField field) {
        return columns.getOrDefault(field, -1);
    }
}
