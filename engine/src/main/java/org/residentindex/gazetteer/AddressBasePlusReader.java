package org.residentindex.gazetteer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.residentindex.ResidentIndexException;

/**
 * Reads an OS AddressBase Plus CSV: one row per address, the local authority's LPI fields (SAO/PAO, street
 * description, locality, town) with their Welsh forms side by side ({@code ALT_LANGUAGE_*}) and the Royal Mail
 * fields (sub-building, building name and number, thoroughfare, post town). With a header row, columns are
 * found by name; without one (as OS supplies the files), {@link #HEADER} gives the order.
 *
 * <p>Each row gives the UPRN's LPI address first; then, as alternative addresses of the same UPRN, the Welsh
 * LPI when any Welsh field differs, and the Royal Mail form when it differs from the LPI. Coordinates: WGS84
 * longitude/latitude when present, else grid easting/northing.
 */
final class AddressBasePlusReader {

    /** The AddressBase Plus column order, as in the product's header file. */
    static final List<String> HEADER = List.of("UPRN", "UDPRN", "CHANGE_TYPE", "STATE", "STATE_DATE", "CLASS",
            "PARENT_UPRN", "X_COORDINATE", "Y_COORDINATE", "LATITUDE", "LONGITUDE", "RPC", "LOCAL_CUSTODIAN_CODE",
            "COUNTRY", "LA_START_DATE", "LAST_UPDATE_DATE", "ENTRY_DATE", "RM_ORGANISATION_NAME",
            "LA_ORGANISATION", "DEPARTMENT_NAME", "LEGAL_NAME", "SUB_BUILDING_NAME", "BUILDING_NAME",
            "BUILDING_NUMBER", "SAO_START_NUMBER", "SAO_START_SUFFIX", "SAO_END_NUMBER", "SAO_END_SUFFIX",
            "SAO_TEXT", "ALT_LANGUAGE_SAO_TEXT", "PAO_START_NUMBER", "PAO_START_SUFFIX", "PAO_END_NUMBER",
            "PAO_END_SUFFIX", "PAO_TEXT", "ALT_LANGUAGE_PAO_TEXT", "USRN", "USRN_MATCH_INDICATOR", "AREA_NAME",
            "LEVEL", "OFFICIAL_FLAG", "OS_ADDRESS_TOID", "OS_ADDRESS_TOID_VERSION", "OS_ROADLINK_TOID",
            "OS_ROADLINK_TOID_VERSION", "OS_TOPO_TOID", "OS_TOPO_TOID_VERSION", "VOA_CT_RECORD", "VOA_NDR_RECORD",
            "STREET_DESCRIPTION", "ALT_LANGUAGE_STREET_DESCRIPTION", "DEPENDENT_THOROUGHFARE", "THOROUGHFARE",
            "WELSH_DEPENDENT_THOROUGHFARE", "WELSH_THOROUGHFARE", "DOUBLE_DEPENDENT_LOCALITY",
            "DEPENDENT_LOCALITY", "LOCALITY", "WELSH_DEPENDENT_LOCALITY", "WELSH_DOUBLE_DEPENDENT_LOCALITY",
            "TOWN_NAME", "ADMINISTRATIVE_AREA", "POST_TOWN", "WELSH_POST_TOWN", "POSTCODE", "POSTCODE_LOCATOR",
            "POSTCODE_TYPE", "DELIVERY_POINT_SUFFIX", "ADDRESSBASE_POSTAL", "PO_BOX_NUMBER", "WARD_CODE",
            "PARISH_CODE", "RM_START_DATE", "MULTI_OCC_COUNT", "VOA_NDR_P_DESC_CODE", "VOA_NDR_SCAT_CODE",
            "ALT_LANGUAGE");

    private AddressBasePlusReader() {
    }

    static List<GazetteerProperty> read(Path file) {
        List<GazetteerProperty> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        boolean headed = hasHeader(file);
        CSVFormat format = headed ? CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .get() : CSVFormat.DEFAULT.builder().setTrim(true).get();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = format.parse(r)) {
            Map<String, Integer> cols = new HashMap<>();
            List<String> names = headed ? p.getHeaderNames() : HEADER;
            for (int i = 0; i < names.size(); i++) {
                cols.putIfAbsent(names.get(i).replace("\uFEFF", "").trim().toUpperCase(Locale.ROOT), i);
            }
            for (String required : List.of("UPRN", "STREET_DESCRIPTION")) {
                if (!cols.containsKey(required)) {
                    throw new ResidentIndexException(file + ": line 1: no " + required
                            + " column; expected the AddressBase Plus header");
                }
            }
            for (CSVRecord rec : p) {
                Row row = new Row(rec, cols, file, headed);
                long uprn = row.uprn("UPRN", true);
                if (!seen.add(uprn)) {
                    throw new ResidentIndexException(file + ": line " + row.line()
                            + ": UPRN repeated; each property must appear once");
                }
                addRow(out, row, uprn);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ResidentIndexException("cannot read gazetteer " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static boolean hasHeader(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.DEFAULT.parse(r)) {
            var it = p.iterator();
            return it.hasNext() && !Text.isDigits(it.next().get(0).replace("\uFEFF", "").trim());
        } catch (IOException e) {
            throw new ResidentIndexException("cannot read gazetteer " + file + ": " + e.getMessage(), e);
        }
    }

    private static void addRow(List<GazetteerProperty> out, Row r, long uprn) {
        long parent = r.uprn("PARENT_UPRN", false);
        double lon = r.number("LONGITUDE");
        double lat = r.number("LATITUDE");
        boolean geo = !Double.isNaN(lon) && !Double.isNaN(lat);
        double x = geo ? lon : r.number("X_COORDINATE");
        double y = geo ? lat : r.number("Y_COORDINATE");
        String cls = r.get("CLASS");
        String org = r.get("LA_ORGANISATION") != null ? r.get("LA_ORGANISATION") : r.get("RM_ORGANISATION_NAME");
        String postcode = r.get("POSTCODE_LOCATOR") != null ? r.get("POSTCODE_LOCATOR") : r.get("POSTCODE");
        String sao = join(r.get("SAO_START_NUMBER"), r.get("SAO_START_SUFFIX"));
        String paoEnd = join(r.get("PAO_END_NUMBER"), r.get("PAO_END_SUFFIX"));
        String locality = r.get("LOCALITY");
        String town = r.get("TOWN_NAME") != null ? r.get("TOWN_NAME") : r.get("POST_TOWN");
        String street = r.get("STREET_DESCRIPTION");
        String streetCy = r.get("ALT_LANGUAGE_STREET_DESCRIPTION");
        String townCy = r.get("WELSH_POST_TOWN");
        GazetteerProperty lpi = new GazetteerProperty(uprn, parent, r.get("USRN"), r.get("SAO_TEXT"), sao,
                r.get("PAO_START_NUMBER"), r.get("PAO_START_SUFFIX"), r.get("PAO_TEXT"), street, streetCy, locality,
                town, townCy, postcode, cls, paoEnd, org, x, y, LpiStatus.APPROVED, "ENG");
        out.add(lpi);
        String saoCy = r.get("ALT_LANGUAGE_SAO_TEXT");
        String paoCy = r.get("ALT_LANGUAGE_PAO_TEXT");
        if (saoCy != null || paoCy != null) {
            out.add(new GazetteerProperty(uprn, parent, r.get("USRN"), saoCy != null ? saoCy : r.get("SAO_TEXT"),
                    sao, r.get("PAO_START_NUMBER"), r.get("PAO_START_SUFFIX"), paoCy != null ? paoCy
                            : r.get("PAO_TEXT"), streetCy != null ? streetCy : street, street,
                    locality, townCy != null ? townCy : town, town, postcode, cls, paoEnd, org, x, y,
                    LpiStatus.ALTERNATIVE, "CYM"));
        }
        String thoroughfare = r.get("THOROUGHFARE");
        String building = r.get("BUILDING_NAME");
        String number = r.get("BUILDING_NUMBER");
        boolean differs = thoroughfare != null && (!same(thoroughfare, street) || !same(building, r.get("PAO_TEXT"))
                || !same(number, r.get("PAO_START_NUMBER")));
        if (differs) {
            String dependent = r.get("DEPENDENT_LOCALITY");
            out.add(new GazetteerProperty(uprn, parent, r.get("USRN"), r.get("SUB_BUILDING_NAME"), null, number,
                    null, building, thoroughfare, r.get("WELSH_THOROUGHFARE"), dependent != null ? dependent
                            : locality, r.get("POST_TOWN"), townCy, r.get("POSTCODE") != null ? r.get("POSTCODE")
                                    : postcode, cls, null, r.get("RM_ORGANISATION_NAME"), x, y,
                    LpiStatus.ALTERNATIVE, "ENG"));
        }
    }

    private static boolean same(String a, String b) {
        String fa = Text.fold(a);
        String fb = Text.fold(b);
        return fa == null ? fb == null : fa.equals(fb);
    }

    private static String join(String number, String suffix) {
        return number == null ? null : suffix == null ? number : number + suffix;
    }

    /** One row read by column name. */
    private static final class Row {
        private final CSVRecord rec;
        private final Map<String, Integer> cols;
        private final Path file;
        private final boolean headed;

        Row(CSVRecord rec, Map<String, Integer> cols, Path file, boolean headed) {
            this.rec = rec;
            this.cols = cols;
            this.file = file;
            this.headed = headed;
        }

        long line() {
            return rec.getRecordNumber() + (headed ? 1 : 0);
        }

        String get(String column) {
            Integer i = cols.get(column);
            if (i == null || i >= rec.size()) {
                return null;
            }
            String v = rec.get(i).trim();
            return v.isEmpty() ? null : v;
        }

        long uprn(String column, boolean required) {
            String v = get(column);
            if (v == null) {
                if (required) {
                    throw new ResidentIndexException(file + ": line " + line() + ": column " + column
                            + " is empty; expected a UPRN (digits)");
                }
                return 0;
            }
            if (v.endsWith(".0")) {
                v = v.substring(0, v.length() - 2);
            }
            if (!Text.isDigits(v) || v.length() > 12) {
                throw new ResidentIndexException(file + ": line " + line() + ": column " + column
                        + " is not a UPRN; expected up to 12 digits");
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
                throw new ResidentIndexException(file + ": line " + line() + ": column " + column
                        + " is not a number; expected a coordinate");
            }
        }
    }
}
