package org.residentindex.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ResidentIndexException;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.model.CanonicalField;
import org.residentindex.model.SourceRecord;

/** Exports as councils make them: title rows, footers, duplicate headers, spreadsheets; nothing lost. */
class CouncilExportReadingTest {

    @TempDir
    Path dir;

    private final List<SourceRecord> records = new ArrayList<>();
    private final List<Reject> rejects = new ArrayList<>();

    private ReadSummary read(SourceConfig c) {
        ReadSummary s = new SourceReader().read(c, records::add, rejects::add);
        assertThat(s.rowsRead()).isEqualTo(s.accepted() + s.rejected());
        assertThat(s.rejected()).isEqualTo(rejects.size());
        return s;
    }

    @Test
    void read_titleRowsAndFooter_headerFoundFooterRejectedNotLost() throws IOException {
        Path f = Files.writeString(dir.resolve("ct.csv"), """
                Council Tax extract,,,,
                Run date: 01/12/2026,,,,

                Account Ref,Forename,Surname,D.O.B,Post Code
                A1,ANN,REES,12-Mar-1985,SA1 1AA
                A2,Total,Jones,01/01/1970,SA1 1AB
                Total records: 2,,,,
                End of report
                """, StandardCharsets.UTF_8);
        ReadSummary s = read(SourceConfig.of(f));
        assertThat(s.mapping().headerLine()).isEqualTo(4);
        assertThat(s.mapping().titleRows()).isEqualTo(2);
        assertThat(s.mapping().idColumn()).isEqualTo("Account Ref");
        assertThat(s.mapping().fields()).containsEntry(CanonicalField.DATE_OF_BIRTH, "D.O.B");
        assertThat(records).extracting(SourceRecord::recordId).containsExactly("A1", "A2");
        assertThat(records).extracting(SourceRecord::line).containsExactly(5L, 6L);
        assertThat(rejects).extracting(Reject::line, Reject::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(7L, RejectReason.FOOTER_ROW),
                org.assertj.core.groups.Tuple.tuple(8L, RejectReason.FOOTER_ROW));
        assertThat(s.mapping().warnings()).extracting(MappingWarning::code).contains(MappingWarning.Code.LAYOUT);
    }

    @Test
    void read_footerLikeRowFollowedByData_keptAsRecord() throws IOException {
        Path f = Files.writeString(dir.resolve("x.csv"), "id,forename,surname\n1,Ann,Rees\nTotal,,\n2,Huw,Price\n",
                StandardCharsets.UTF_8);
        read(SourceConfig.of(f));
        assertThat(records).extracting(SourceRecord::recordId).containsExactly("1", "Total", "2");
    }

    @Test
    void read_skipRowsGiven_headerThere() throws IOException {
        Path f = Files.writeString(dir.resolve("s.csv"), "a,b,c\nid,forename,surname\n1,Ann,Rees\n",
                StandardCharsets.UTF_8);
        ReadSummary s = read(SourceConfig.of(f).withSkipRows(1));
        assertThat(s.mapping().headerLine()).isEqualTo(2);
        assertThat(records).hasSize(1);
    }

    @Test
    void map_duplicateHeader_errorNamesFileLineAndColumn() throws IOException {
        Path f = Files.writeString(dir.resolve("d.csv"), "id,surname,forename,surname\n1,a,b,c\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(SourceConfig.of(f))).isInstanceOf(ResidentIndexException.class)
                .hasMessageContaining("d.csv").hasMessageContaining("line 1")
                .hasMessageContaining("'surname' appears twice").hasMessageContaining("columns 2 and 4");
    }

    @Test
    void map_noDateOfBirthAndTwoGivenNames_warnedWithoutValues() throws IOException {
        Path f = Files.writeString(dir.resolve("w.csv"), """
                ref,forename,first_name,surname,col5
                1,Ann,Ann,Rees,SA1 1AA
                2,Huw,Huw,Price,SA1 1AB
                3,Sian,Sian,Evans,SA2 1AB
                4,Dai,Dai,Jones,SA3 1AB
                5,Tom,Tom,Owen,SA4 1AB
                """, StandardCharsets.UTF_8);
        ColumnMapping m = new SourceReader().inspect(SourceConfig.of(f)).mapping();
        assertThat(m.warnings()).extracting(MappingWarning::code).contains(MappingWarning.Code.NO_DATE_OF_BIRTH,
                MappingWarning.Code.DUPLICATE_CLAIM, MappingWarning.Code.FROM_VALUES);
        assertThat(m.fields()).containsEntry(CanonicalField.POSTCODE, "col5");
        assertThat(m.warnings()).allSatisfy(w -> assertThat(w.message()).doesNotContain("Rees").doesNotContain("SA1"));
        assertThat(m.decisions()).allSatisfy(d -> assertThat(d.reason()).isNotBlank());
    }

    @Test
    void read_xlsx_typedDatesFullNumbersRejectsWithSheetAndRow() throws IOException {
        Path f = dir.resolve("t.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(10)) {
            wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("read me");
            Sheet sheet = wb.createSheet("Tenants");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("m/d/yy"));
            sheet.createRow(0).createCell(0).setCellValue("Housing extract");
            Row h = sheet.createRow(2);
            String[] names = {"Tenant Ref", "Tenant Name", "Date of Birth", "UPRN"};
            for (int i = 0; i < names.length; i++) {
                h.createCell(i).setCellValue(names[i]);
            }
            Object[][] rows = {{"T1", "Mr JOHN SMITH", LocalDate.of(1985, 3, 12), 100040000061d},
                {"T2", "JONES, Mary", LocalDate.of(1990, 11, 2), 100040000062d}, {"T1", "Ann Rees", null, null},
                {"", "Huw Price", null, null}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(3 + r);
                for (int i = 0; i < 4; i++) {
                    Object v = rows[r][i];
                    if (v instanceof String s && !s.isEmpty()) {
                        row.createCell(i).setCellValue(s);
                    } else if (v instanceof LocalDate d) {
                        row.createCell(i).setCellValue(d);
                        row.getCell(i).setCellStyle(date);
                    } else if (v instanceof Double d) {
                        row.createCell(i).setCellValue(d);
                    }
                }
            }
            sheet.createRow(8).createCell(0).setCellValue("Total: 4");
            try (OutputStream o = Files.newOutputStream(f)) {
                wb.write(o);
            }
        }
        SourceConfig c = new SourceConfig(null, f, null, null, null, null, null, null, null, "Tenants");
        ReadSummary s = read(c);
        assertThat(s.mapping().headerLine()).isEqualTo(3);
        assertThat(s.mapping().fields()).containsEntry(CanonicalField.FULL_NAME, "Tenant Name")
                .containsEntry(CanonicalField.DATE_OF_BIRTH, "Date of Birth").containsEntry(CanonicalField.UPRN, "UPRN");
        assertThat(records).extracting(SourceRecord::recordId).containsExactly("T1", "T2");
        assertThat(records.get(0).get(CanonicalField.DATE_OF_BIRTH)).isEqualTo("1985-03-12");
        assertThat(records.get(0).get(CanonicalField.UPRN)).isEqualTo("100040000061");
        assertThat(records.get(0).line()).isEqualTo(4);
        assertThat(rejects).extracting(Reject::line, Reject::field, Reject::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(6L, "Tenant Ref", RejectReason.DUPLICATE_ID),
                org.assertj.core.groups.Tuple.tuple(7L, "Tenant Ref", RejectReason.MISSING_ID),
                org.assertj.core.groups.Tuple.tuple(9L, "", RejectReason.FOOTER_ROW));
        assertThat(rejects.get(0).reasonText()).contains("sheet 'Tenants'").contains("row 4");
        SourceConfig missing = new SourceConfig(null, f, null, null, null, null, null, null, null, "Nope");
        assertThatThrownBy(() -> new SourceReader().inspect(missing)).hasMessageContaining("no sheet 'Nope'")
                .hasMessageContaining("[Notes, Tenants]");
    }

    @Test
    void nearest_unknownField_suggestsAndListsValid() {
        assertThat(FieldCatalogue.nearest("name")).isEqualTo("full_name");
        assertThat(FieldCatalogue.nearest("forename")).isEqualTo("given_name");
        assertThat(FieldCatalogue.nearest("postcod")).isEqualTo("postcode");
        assertThat(FieldCatalogue.unknownFieldMessage("dateofbirth", "--map")).contains("did you mean 'date_of_birth'")
                .contains("given_name, middle_names, surname");
    }
}
