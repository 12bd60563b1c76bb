package org.residentindex.gazetteer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.residentindex.ResidentIndexException;

/**
 * Reads a gazetteer CSV (UTF-8, header row) into properties, in file order. Structured extracts map columns
 * to BS7666 parts; flat extracts have their single-line address parsed into parts on the way in. Rows with a
 * missing or non-numeric UPRN, or a UPRN seen before, are rejected with file and line in the message.
 */
final class GazetteerReader {

    private GazetteerReader() {
    }

    /** The header of {@code csv}, as found. */
    static List<String> header(Path csv) {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.getHeaderNames();
        } catch (IOException e) {
            throw new ResidentIndexException("cannot read gazetteer " + csv + ": " + e.getMessage(), e);
        }
    }

    /**
     * The addresses of {@code csv} in the options' format (detected when {@link GazetteerFormat#AUTO}). A UPRN
     * may have several entries (DTF and AddressBase: Welsh, alternative and historic addresses), its primary
     * address first and the entries of one UPRN adjacent.
     */
    static List<GazetteerProperty> read(Path csv, GazetteerOptions options) {
        GazetteerFormat format = options.format() == GazetteerFormat.AUTO ? GazetteerFormat.detect(csv)
                : options.format();
        return switch (format) {
            case DTF -> DtfReader.read(csv);
            case ADDRESSBASE_PLUS -> AddressBasePlusReader.read(csv);
            default -> readCsv(csv, options);
        };
    }

    private static List<GazetteerProperty> readCsv(Path csv, GazetteerOptions options) {
        List<GazetteerProperty> out = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                        .get().parse(r)) {
            ColumnMapping m = ColumnMapping.resolve(p.getHeaderNames(), options.mapping(), csv.toString());
            for (CSVRecord rec : p) {
                GazetteerProperty prop = m.isFlat() ? flat(rec, m, options.parser(), csv) : structured(rec, m, csv);
                if (!seen.add(prop.uprn())) {
                    throw new ResidentIndexException(csv + ": line " + (rec.getRecordNumber() + 1)
                            + ": UPRN repeated; each property must appear once");
                }
                out.add(prop);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ResidentIndexException("cannot read gazetteer " + csv + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static GazetteerProperty structured(CSVRecord r, ColumnMapping m, Path csv) {
        return new GazetteerProperty(uprn(r, m, GazetteerField.UPRN, csv, true),
                uprn(r, m, GazetteerField.PARENT_UPRN, csv, false), get(r, m, GazetteerField.USRN),
                get(r, m, GazetteerField.SAO_TEXT), get(r, m, GazetteerField.SAO_START_NUMBER),
                get(r, m, GazetteerField.PAO_START_NUMBER), get(r, m, GazetteerField.PAO_START_SUFFIX),
                get(r, m, GazetteerField.PAO_TEXT), get(r, m, GazetteerField.STREET_EN),
                get(r, m, GazetteerField.STREET_CY), get(r, m, GazetteerField.LOCALITY),
                get(r, m, GazetteerField.TOWN_EN), get(r, m, GazetteerField.TOWN_CY),
                get(r, m, GazetteerField.POSTCODE), get(r, m, GazetteerField.CLASSIFICATION), null, null,
                coordinate(r, m, GazetteerField.X, csv), coordinate(r, m, GazetteerField.Y, csv),
                LpiStatus.APPROVED, null);
    }

    private static double coordinate(CSVRecord r, ColumnMapping m, GazetteerField f, Path csv) {
        String v = get(r, m, f);
        if (v == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new ResidentIndexException(csv + ": line " + (r.getRecordNumber() + 1) + ": column "
                    + f.key() + " is not a number; expected a coordinate");
        }
    }

    private static GazetteerProperty flat(CSVRecord r, ColumnMapping m, AddressTextParser parser, Path csv) {
        String postcode = get(r, m, GazetteerField.POSTCODE);
        String text = get(r, m, GazetteerField.ADDRESS);
        AddressQuery a = parser.parse(text, postcode);
        return new GazetteerProperty(uprn(r, m, GazetteerField.UPRN, csv, true),
                uprn(r, m, GazetteerField.PARENT_UPRN, csv, false), get(r, m, GazetteerField.USRN),
                a.flat(), null, a.houseNumber(), a.houseSuffix(), a.houseName(),
                a.street(), null, a.locality(), a.town(), null, postcode != null ? postcode : a.postcode(),
                get(r, m, GazetteerField.CLASSIFICATION), rangeEnd(text, a.houseNumber()), null,
                coordinate(r, m, GazetteerField.X, csv),
                coordinate(r, m, GazetteerField.Y, csv), LpiStatus.APPROVED, null);
    }

    private static final java.util.regex.Pattern RANGE =
            java.util.regex.Pattern.compile("(?<![0-9])([0-9]+)[A-Za-z]?\\s*-\\s*([0-9]+)[A-Za-z]?(?![0-9])");

    /** The end of a "19-21" range in the text whose start is the parsed number, or null. */
    private static String rangeEnd(String text, String number) {
        if (text == null || number == null || text.indexOf('-') < 0) {
            return null;
        }
        java.util.regex.Matcher m = RANGE.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(number)) {
                return m.group(2);
            }
        }
        return null;
    }

    private static String get(CSVRecord r, ColumnMapping m, GazetteerField f) {
        int c = m.column(f);
        if (c < 0 || c >= r.size()) {
            return null;
        }
        String v = r.get(c);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static long uprn(CSVRecord r, ColumnMapping m, GazetteerField f, Path csv, boolean required) {
        String v = get(r, m, f);
        if (v == null) {
            if (required) {
                throw new ResidentIndexException(csv + ": line " + (r.getRecordNumber() + 1) + ": column "
                        + f.key() + " is empty; expected a UPRN (digits)");
            }
            return 0;
        }
        if (v.endsWith(".0")) {
            v = v.substring(0, v.length() - 2);
        }
        if (!Text.isDigits(v) || v.length() > 12) {
            throw new ResidentIndexException(csv + ": line " + (r.getRecordNumber() + 1) + ": column "
                    + f.key() + " is not a UPRN; expected up to 12 digits");
        }
        return Long.parseLong(v);
    }
}
