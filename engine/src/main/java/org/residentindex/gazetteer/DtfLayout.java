package org.residentindex.gazetteer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.residentindex.ResidentIndexException;

/**
 * The column order of the DTF 7.3 record types the reader uses, as the NLPG Data Transfer Format 7.3
 * specification lists them (header 10, street 11, street descriptor 15, BLPU 21, LPI 24). Columns are read by
 * name through this table, so a corrected order is a one-line change here.
 */
final class DtfLayout {

    static final Map<String, List<String>> COLUMNS = Map.of(
            "11", List.of("RECORD_IDENTIFIER", "CHANGE_TYPE", "PRO_ORDER", "USRN", "RECORD_TYPE",
                    "SWA_ORG_REF_NAMING", "STATE", "STATE_DATE", "STREET_SURFACE", "STREET_CLASSIFICATION",
                    "VERSION", "STREET_START_DATE", "STREET_END_DATE", "LAST_UPDATE_DATE", "RECORD_ENTRY_DATE",
                    "STREET_START_X", "STREET_START_Y", "STREET_END_X", "STREET_END_Y", "STREET_TOLERANCE"),
            "15", List.of("RECORD_IDENTIFIER", "CHANGE_TYPE", "PRO_ORDER", "USRN", "STREET_DESCRIPTOR",
                    "LOCALITY_NAME", "TOWN_NAME", "ADMINISTRATIVE_AREA", "LANGUAGE"),
            "21", List.of("RECORD_IDENTIFIER", "CHANGE_TYPE", "PRO_ORDER", "UPRN", "LOGICAL_STATUS", "BLPU_STATE",
                    "BLPU_STATE_DATE", "BLPU_CLASS", "PARENT_UPRN", "X_COORDINATE", "Y_COORDINATE", "RPC",
                    "LOCAL_CUSTODIAN_CODE", "START_DATE", "END_DATE", "LAST_UPDATE_DATE", "ENTRY_DATE",
                    "ORGANISATION", "WARD_CODE", "PARISH_CODE", "CUSTODIAN_ONE", "CUSTODIAN_TWO", "CAN_KEY"),
            "24", List.of("RECORD_IDENTIFIER", "CHANGE_TYPE", "PRO_ORDER", "UPRN", "LPI_KEY", "LANGUAGE",
                    "LOGICAL_STATUS", "START_DATE", "END_DATE", "ENTRY_DATE", "LAST_UPDATE_DATE",
                    "SAO_START_NUMBER", "SAO_START_SUFFIX", "SAO_END_NUMBER", "SAO_END_SUFFIX", "SAO_TEXT",
                    "PAO_START_NUMBER", "PAO_START_SUFFIX", "PAO_END_NUMBER", "PAO_END_SUFFIX", "PAO_TEXT", "USRN",
                    "LEVEL", "POSTAL_ADDRESS", "POSTCODE", "POST_TOWN", "OFFICIAL_FLAG", "CUSTODIAN_ONE",
                    "CUSTODIAN_TWO", "CAN_KEY"));

    /** The last column each record type needs (later ones may be missing in older extracts). */
    private static final Map<String, String> LAST_NEEDED = Map.of("11", "USRN", "15", "LANGUAGE",
            "21", "Y_COORDINATE", "24", "USRN");

    private static final Map<String, Map<String, Integer>> INDEX = new HashMap<>();

    static {
        COLUMNS.forEach((type, cols) -> {
            Map<String, Integer> m = new HashMap<>();
            for (int i = 0; i < cols.size(); i++) {
                m.put(cols.get(i), i);
            }
            INDEX.put(type, m);
        });
    }

    private DtfLayout() {
    }

    /** One record read by column name. */
    static final class Row {
        private final CSVRecord rec;
        private final Map<String, Integer> index;
        private final Path file;
        private final String type;

        Row(CSVRecord rec, Map<String, Integer> index, Path file, String type) {
            this.rec = rec;
            this.index = index;
            this.file = file;
            this.type = type;
        }

        /** The trimmed value of {@code column}, null when blank or beyond the record. */
        String get(String column) {
            int i = index.get(column);
            if (i >= rec.size()) {
                return null;
            }
            String v = rec.get(i).trim();
            return v.isEmpty() ? null : v;
        }

        long uprn(String column, boolean required) {
            String v = get(column);
            if (v == null) {
                if (required) {
                    throw error(column, "is empty; expected a UPRN (digits)");
                }
                return 0;
            }
            if (v.endsWith(".0")) {
                v = v.substring(0, v.length() - 2);
            }
            if (!Text.isDigits(v) || v.length() > 12) {
                throw error(column, "is not a UPRN; expected up to 12 digits");
            }
            return Long.parseLong(v);
        }

        double number(String column) {
            String v = get(column);
            if (v == null) {
                return Double.NaN;
            }
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw error(column, "is not a number; expected a coordinate");
            }
        }

        LpiStatus status(String column) {
            LpiStatus s = LpiStatus.parse(get(column));
            if (s == null) {
                throw error(column, "is not a logical status; expected 1, 3, 6 or 8");
            }
            return s;
        }

        private ResidentIndexException error(String column, String what) {
            return new ResidentIndexException(file + ": line " + rec.getRecordNumber() + ": record " + type
                    + " column " + column + " (" + (index.get(column) + 1) + ") " + what);
        }
    }

    /**
     * The record as a row of its type, or null for a type the reader does not use.
     *
     * @throws ResidentIndexException when the record has fewer columns than its type needs
     */
    static Row row(String type, CSVRecord rec, Path file) {
        Map<String, Integer> index = INDEX.get(type);
        if (index == null) {
            return null;
        }
        int needed = index.get(LAST_NEEDED.get(type)) + 1;
        if (rec.size() < needed) {
            throw new ResidentIndexException(file + ": line " + rec.getRecordNumber() + ": record type " + type
                    + " has " + rec.size() + " columns; DTF 7.3 needs at least " + needed);
        }
        return new Row(rec, index, file, type);
    }
}
