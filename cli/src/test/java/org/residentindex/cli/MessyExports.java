package org.residentindex.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Rewrites a generated county's six files the way council exports come (test fixture; synthetic data only):
 * <ul>
 * <li>council tax: two title rows, spaced headers with the {@code Liable Party} role, {@code D.O.B},
 *     {@code Property Reference}, upper-case names, {@code 12-Mar-1985} dates, a "Total records" footer;</li>
 * <li>electoral register: semicolon-separated, CamelCase headers, no date of birth (as many registers);</li>
 * <li>housing tenancies: an .xlsx sheet with a title row, a {@code Tenant Name} full-name column
 *     ("Mr JOHN SMITH"), {@code NINO}, {@code House No/Name}, dates of birth as typed date cells;</li>
 * <li>school admissions: Welsh headers ({@code Enw Cyntaf}, {@code Cyfenw}, {@code Dyddiad Geni},
 *     {@code Cyfeiriad}, {@code Cod Post}, a parent's name as {@code Enw Rhiant});</li>
 * <li>social care: {@code Client Name} "SURNAME, Forename", {@code Home Address}, {@code 12-Mar-1985} dates;</li>
 * <li>housing benefit: columns that say nothing ({@code col7} date of birth, {@code col8} NI number,
 *     {@code col13} postcode, {@code col14} UPRN) besides {@code Claimant Forename} / {@code fname}-style ones.</li>
 * </ul>
 * Each file's expected mapping (column → canonical key or {@code (other)}) and a hand-written {@code link.yaml}
 * for the config run are written alongside.
 */
final class MessyExports {

    /** Expected target of every column of every written file: file name → (column → key or "(other)"). */
    final Map<String, Map<String, String>> expected = new LinkedHashMap<>();
    private final Path county;
    private final Path out;
    private final StringBuilder yaml = new StringBuilder("sources:\n");

    private MessyExports(Path county, Path out) {
        this.county = county;
        this.out = out;
    }

    /** Writes the messy files, {@code link.yaml} and a copy of the gazetteer into {@code out}. */
    static MessyExports write(Path county, Path out) throws IOException {
        Files.createDirectories(out);
        MessyExports m = new MessyExports(county, out);
        m.councilTax();
        m.electoral();
        m.tenancies();
        m.schools();
        m.socialCare();
        m.benefit();
        Files.copy(county.resolve("gazetteer.csv"), out.resolve("gazetteer.csv"));
        m.yaml.append("gazetteer: gazetteer.csv\n");
        Files.writeString(out.resolve("link.yaml"), m.yaml.toString(), StandardCharsets.UTF_8);
        return m;
    }

    /** The messy source files, in a fixed order. */
    List<Path> files() {
        return expected.keySet().stream().map(out::resolve).toList();
    }

    /** One output column: its header, the source column (or a function of the row) and its expected key. */
    private record Col(String header, Function<CSVRecord, String> value, String expect) { }

    private static Col col(String header, String source, String expect) {
        return new Col(header, r -> r.get(source), expect);
    }

    private void councilTax() throws IOException {
        List<Col> cols = List.of(col("Account Reference", "account_ref", "record_id"), col("Title", "title", "title"),
                new Col("Liable Party Forename", r -> upper(r.get("forename")), "given_name"),
                new Col("Liable Party Surname", r -> upper(r.get("surname")), "surname"),
                new Col("D.O.B", r -> dMmmYyyy(r.get("dob"), "dd/MM/yyyy"), "date_of_birth"),
                col("Address Line 1", "address_line_1", "address_1"), col("Address Line 2", "address_line_2", "address_2"),
                col("Address Line 3", "address_line_3", "address_3"), col("Address Line 4", "address_line_4", "address_4"),
                col("Post Code", "postcode", "postcode"), col("Property Reference", "property_ref", "uprn"),
                col("Band", "band", "(other)"), col("SPD", "single_person_discount", "(other)"),
                col("Liability Start", "liability_start", "(other)"));
        List<List<String>> rows = rows("council_tax.csv", cols);
        try (CSVPrinter p = printer("council_tax.csv", ',')) {
            p.printRecord(pad(List.of("Carmarthenshire County Council - Council Tax liable parties"), cols.size()));
            p.printRecord(pad(List.of("Run date: 01/12/2026"), cols.size()));
            p.printRecord(headers(cols));
            for (List<String> r : rows) {
                p.printRecord(r);
            }
            p.printRecord(pad(List.of("Total records: " + rows.size()), cols.size()));
        }
        source("council_tax", "council_tax.csv", "Account Reference", cols, ",", "d-MMM-yyyy", 2, null);
    }

    private void electoral() throws IOException {
        List<Col> cols = List.of(col("ElectorNumber", "elector_number", "record_id"),
                col("ElectorSurname", "elector_surname", "surname"), col("ElectorForename", "elector_forename", "given_name"),
                col("ElectorMiddleNames", "elector_middle_names", "middle_names"), col("Address1", "address_1", "address_1"),
                col("Address2", "address_2", "address_2"), col("Address3", "address_3", "address_3"),
                col("Address4", "address_4", "address_4"), col("Address5", "address_5", "address_5"),
                col("PostCode", "postcode", "postcode"), col("UPRN", "uprn", "uprn"),
                col("FranchiseMarker", "franchise_marker", "(other)"));
        try (CSVPrinter p = printer("electoral_register.csv", ';')) {
            p.printRecord(headers(cols));
            for (List<String> r : rows("electoral_register.csv", cols)) {
                p.printRecord(r);
            }
        }
        source("electoral_register", "electoral_register.csv", "ElectorNumber", cols, ";", null, null, null);
    }

    private void tenancies() throws IOException {
        List<Col> cols = List.of(col("Tenant Ref", "tenant_ref", "record_id"), col("Tenancy Ref", "tenancy_ref", "(other)"),
                col("Tenant Type", "tenant_type", "(other)"),
                new Col("Tenant Name", r -> (r.get("title") + " " + upper(r.get("first_name")) + " "
                        + upper(r.get("last_name"))).trim(), "full_name"),
                new Col("Date of Birth", r -> iso(r.get("date_of_birth"), "d-MMM-yy"), "date_of_birth"),
                col("NINO", "ni_number", "ni_number"), col("Property UPRN", "property_uprn", "uprn"),
                col("Flat No", "flat_no", "flat"), col("House No/Name", "house_no_name", "house_number"),
                col("Street", "street", "street"), col("Area", "area", "locality"), col("Post Town", "post_town", "town"),
                col("Postcode", "post_code", "postcode"), col("Tenancy Start", "tenancy_start", "(other)"));
        List<List<String>> rows = rows("housing_tenancies.csv", cols);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet sheet = wb.createSheet("Tenancies");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            sheet.createRow(0).createCell(0).setCellValue("Housing tenancies - extract");
            Row h = sheet.createRow(2);
            for (int i = 0; i < cols.size(); i++) {
                h.createCell(i).setCellValue(cols.get(i).header());
            }
            int dobColumn = 4;
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 3);
                for (int i = 0; i < cols.size(); i++) {
                    String v = rows.get(r).get(i);
                    if (v.isEmpty()) {
                        continue;
                    }
                    Cell c = row.createCell(i);
                    if (i == dobColumn) {
                        c.setCellValue(LocalDate.parse(v));
                        c.setCellStyle(date);
                    } else if (i == 6 && v.matches("[0-9]{1,12}")) {
                        c.setCellValue(Double.parseDouble(v));
                    } else {
                        c.setCellValue(v);
                    }
                }
            }
            try (OutputStream o = Files.newOutputStream(out.resolve("housing_tenancies.xlsx"))) {
                wb.write(o);
            }
        }
        source("housing_tenancies", "housing_tenancies.xlsx", "Tenant Ref", cols, null, null, 2, "Tenancies");
    }

    private void schools() throws IOException {
        List<Col> cols = List.of(col("Cyfeirnod", "application_id", "record_id"),
                col("Enw Cyntaf", "child_forename", "given_name"), col("Enwau Canol", "child_middle_names", "middle_names"),
                col("Cyfenw", "child_surname", "surname"), col("Dyddiad Geni", "child_dob", "date_of_birth"),
                col("Rhyw", "child_gender", "sex"), col("Enw Rhiant", "parent_guardian_name", "(other)"),
                col("Perthynas", "parent_relationship", "(other)"), col("Cyfeiriad", "home_address", "address"),
                col("Cod Post", "postcode", "postcode"), col("Ysgol", "school_preference_1", "(other)"),
                col("Blwyddyn", "year_group", "(other)"));
        try (CSVPrinter p = printer("school_admissions.csv", ',')) {
            p.printRecord(headers(cols));
            for (List<String> r : rows("school_admissions.csv", cols)) {
                p.printRecord(r);
            }
        }
        source("school_admissions", "school_admissions.csv", "Cyfeirnod", cols, ",", "dd/MM/yyyy", null, null);
    }

    private void socialCare() throws IOException {
        List<Col> cols = List.of(col("Client No", "client_id", "record_id"), col("Client Name", "client_name", "full_name"),
                new Col("DOB", r -> dMmmYyyy(r.get("dob"), "yyyy-MM-dd"), "date_of_birth"), col("Gender", "gender", "sex"),
                col("Home Address", "address", "address"), col("Post Code", "postcode", "postcode"),
                col("Client Group", "client_group", "(other)"), col("Referral Date", "referral_date", "(other)"));
        try (CSVPrinter p = printer("social_care.csv", ',')) {
            p.printRecord(headers(cols));
            for (List<String> r : rows("social_care.csv", cols)) {
                p.printRecord(r);
            }
        }
        source("social_care", "social_care.csv", "Client No", cols, ",", "d-MMM-yyyy", null, null);
    }

    private void benefit() throws IOException {
        List<Col> cols = List.of(col("Person Ref", "person_ref", "record_id"), col("Claim No", "claim_number", "(other)"),
                col("Role", "role", "(other)"), col("Title", "title", "title"),
                col("Claimant Forename", "forename", "given_name"), col("Claimant Surname", "surname", "surname"),
                col("col7", "dob", "date_of_birth"), col("col8", "ni_number", "ni_number"), col("Addr1", "addr1", "address_1"),
                col("Addr2", "addr2", "address_2"), col("Addr3", "addr3", "address_3"), col("Addr4", "addr4", "address_4"),
                col("col13", "pcode", "postcode"), col("col14", "uprn", "uprn"));
        try (CSVPrinter p = printer("housing_benefit.csv", ',')) {
            p.printRecord(headers(cols));
            for (List<String> r : rows("housing_benefit.csv", cols)) {
                p.printRecord(r);
            }
        }
        source("housing_benefit", "housing_benefit.csv", "Person Ref", cols, ",", "dd/MM/yyyy", null, null);
    }

    private void source(String name, String file, String id, List<Col> cols, String delimiter, String dateFormat,
            Integer skipRows, String sheet) {
        Map<String, String> exp = new LinkedHashMap<>();
        cols.forEach(c -> exp.put(c.header(), c.expect()));
        expected.put(file, exp);
        String stem = file.substring(0, file.lastIndexOf('.')).toLowerCase(Locale.ROOT);
        yaml.append("  - name: ").append(stem).append('\n');
        yaml.append("    path: ").append(file).append('\n');
        yaml.append("    id: \"").append(id).append("\"\n");
        if (delimiter != null) {
            yaml.append("    delimiter: \"").append(delimiter).append("\"\n");
        }
        if (dateFormat != null) {
            yaml.append("    date_format: \"").append(dateFormat).append("\"\n");
        }
        if (skipRows != null) {
            yaml.append("    skip_rows: ").append(skipRows).append('\n');
        }
        if (sheet != null) {
            yaml.append("    sheet: \"").append(sheet).append("\"\n");
        }
        yaml.append("    mapping:\n");
        for (Col c : cols) {
            if (!c.expect().startsWith("(") && !c.expect().equals("record_id")) {
                yaml.append("      ").append(c.expect()).append(": \"").append(c.header()).append("\"\n");
            }
        }
    }

    private List<List<String>> rows(String file, List<Col> cols) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(county.resolve(file), StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
            for (CSVRecord r : p) {
                List<String> row = new ArrayList<>();
                for (Col c : cols) {
                    row.add(c.value().apply(r));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private CSVPrinter printer(String file, char delimiter) throws IOException {
        Writer w = Files.newBufferedWriter(out.resolve(file), StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator("\r\n").get());
    }

    private static List<String> headers(List<Col> cols) {
        return cols.stream().map(Col::header).toList();
    }

    private static List<String> pad(List<String> cells, int width) {
        List<String> out = new ArrayList<>(cells);
        while (out.size() < width) {
            out.add("");
        }
        return out;
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** {@code 12-Mar-1985} from a date written in {@code pattern}; other values (blank, broken) as they are. */
    private static String dMmmYyyy(String v, String pattern) {
        LocalDate d = parse(v, pattern);
        return d == null ? v : d.format(DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH));
    }

    /** ISO date from {@code pattern}, for typed spreadsheet cells; blank when not a date. */
    private static String iso(String v, String pattern) {
        LocalDate d = parse(v, pattern);
        if (d != null && pattern.endsWith("yy") && !pattern.endsWith("yyyy") && d.isAfter(LocalDate.of(2026, 1, 1))) {
            d = d.minusYears(100);
        }
        return d == null ? "" : d.toString();
    }

    private static LocalDate parse(String v, String pattern) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.trim(), new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern(pattern).toFormatter(Locale.ENGLISH));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
