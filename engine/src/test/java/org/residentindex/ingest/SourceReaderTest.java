package org.residentindex.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ResidentIndexException;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.model.CanonicalField;
import org.residentindex.model.SourceRecord;

class SourceReaderTest {

    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader();
    private final List<SourceRecord> records = new ArrayList<>();
    private final List<Reject> rejects = new ArrayList<>();

    private ReadSummary read(String name, byte[] content, SourceConfig config) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        SourceConfig c = config == null ? SourceConfig.of(file) : config.withPath(file);
        ReadSummary s = reader.read(c, records::add, rejects::add);
        assertThat(s.rowsRead()).as("rows in = accepted + rejected").isEqualTo(s.accepted() + s.rejected());
        assertThat(s.rejected()).isEqualTo(rejects.size());
        assertThat(s.accepted()).isEqualTo(records.size());
        return s;
    }

    private ReadSummary read(String name, String content) throws IOException {
        return read(name, content.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void read_bomCrlfBlankLinesSpaces_readsEveryRowWithLines() throws IOException {
        String csv = "\uFEFFrec_id, given_name, surname, postcode\r\n\r\nr1, Siân, Jones, SA31 1AB\r\n"
                + "   \r\nr2, Dafydd , Evans, sa311ab\r\n";
        ReadSummary s = read("bom.csv", csv);
        assertThat(s.dialect().bom()).isTrue();
        assertThat(s.dialect().delimiter()).isEqualTo(',');
        assertThat(s.rowsRead()).isEqualTo(2);
        assertThat(records).extracting(SourceRecord::recordId).containsExactly("r1", "r2");
        assertThat(records).extracting(SourceRecord::line).containsExactly(3L, 5L);
        assertThat(records.get(0).get(CanonicalField.GIVEN_NAME)).isEqualTo("Siân");
        assertThat(records.get(1).get(CanonicalField.GIVEN_NAME)).isEqualTo("Dafydd");
        assertThat(s.mapping().idColumn()).isEqualTo("rec_id");
    }

    @Test
    void read_tabSemicolonPipe_detected() throws IOException {
        for (char d : new char[] {'\t', ';', '|'}) {
            records.clear();
            String csv = ("id,forename,surname,dob\n1,Ann,Rees,01/02/1980\n2,\"Huw, Jr\",Price,1980-02-01\n")
                    .replace(',', d).replace("Huw" + d + " Jr", "Huw, Jr");
            ReadSummary s = read("d" + (int) d + ".csv", csv);
            assertThat(s.dialect().delimiter()).isEqualTo(d);
            assertThat(s.dialect().detected()).isTrue();
            assertThat(records).hasSize(2);
            assertThat(records.get(1).get(CanonicalField.GIVEN_NAME)).isEqualTo("Huw, Jr");
        }
    }

    @Test
    void read_quotedFieldWithNewlines_physicalLineNumbers() throws IOException {
        String csv = "id,address,surname\n1,\"Flat 2\n14 Heol y Bryn\nCaerfyrddin\",Jones\n2,\"Ty Gwyn\",Evans\n"
                + "3,x\n";
        ReadSummary s = read("nl.csv", csv);
        assertThat(records).extracting(SourceRecord::line).containsExactly(2L, 5L);
        assertThat(records.get(0).get(CanonicalField.ADDRESS)).contains("\n14 Heol y Bryn\n");
        assertThat(rejects).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(6);
            assertThat(r.reason()).isEqualTo(RejectReason.WRONG_FIELD_COUNT);
            assertThat(r.reasonText()).isEqualTo("wrong field count: expected 3, found 2");
        });
        assertThat(s.rejectsByReason()).containsEntry(RejectReason.WRONG_FIELD_COUNT, 1L);
    }

    @Test
    void read_missingAndDuplicateIds_rejectedWithLineAndField() throws IOException {
        read("ids.csv", "account_ref,surname\nA1,Jones\n,Evans\nA1,Davies\nA2,Price\n");
        assertThat(records).extracting(SourceRecord::recordId).containsExactly("A1", "A2");
        assertThat(rejects).extracting(Reject::line, Reject::field, Reject::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "account_ref", RejectReason.MISSING_ID),
                org.assertj.core.groups.Tuple.tuple(4L, "account_ref", RejectReason.DUPLICATE_ID));
        assertThat(rejects.get(1).reasonText()).isEqualTo("duplicate record id: first used at line 2");
    }

    @Test
    void read_undecodableUtf8Bytes_rowRejectedAndReadingContinues() throws IOException {
        byte[] good1 = "id,surname\n1,Jones\n2,".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28};
        byte[] good2 = "\n3,Evans\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = concat(good1, bad, good2);
        read("bad.csv", all, null);
        assertThat(records).extracting(SourceRecord::recordId).containsExactly("1", "3");
        assertThat(rejects).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.field()).isEqualTo("surname");
            assertThat(r.reason()).isEqualTo(RejectReason.UNDECODABLE_BYTES);
        });
    }

    @Test
    void read_windows1252ByOption_decodesAccents() throws IOException {
        byte[] content = "id;surname;given_name\n1;Jones;Siân\n".getBytes(Charset.forName("windows-1252"));
        SourceConfig c = new SourceConfig(null, Path.of("x"), null, null, "windows-1252", null, null, null);
        read("cp.csv", content, c);
        assertThat(records.get(0).get(CanonicalField.GIVEN_NAME)).isEqualTo("Siân");
        records.clear();
        rejects.clear();
        read("cp2.csv", content, null);
        assertThat(rejects).singleElement().extracting(Reject::reason).isEqualTo(RejectReason.UNDECODABLE_BYTES);
    }

    @Test
    void read_mappingIgnoreAndIdOverrides_applied() throws IOException {
        SourceConfig c = new SourceConfig("ct", Path.of("x"), "acct", ",", null, null,
                Map.of("given_name", "fn", "postcode", "pc_current"), List.of("notes"));
        ReadSummary s = read("over.csv", "acct,fn,surname,pc_current,pc_old,notes\n9,Ann,Rees,SA1 1AA,SA2 2BB,n\n".getBytes(StandardCharsets.UTF_8),
                c.withPath(dir.resolve("over.csv")));
        assertThat(s.source()).isEqualTo("ct");
        assertThat(s.mapping().fields()).containsEntry(CanonicalField.GIVEN_NAME, "fn")
                .containsEntry(CanonicalField.POSTCODE, "pc_current").containsEntry(CanonicalField.RECORD_ID, "acct");
        assertThat(s.mapping().ignored()).containsExactly("notes");
        assertThat(s.mapping().other()).containsExactly("pc_old");
        assertThat(records.get(0).other()).containsExactly(Map.entry("pc_old", "SA2 2BB"));
        assertThat(s.mapping().lines()).contains("fn -> given_name (config)", "surname -> surname (auto)",
                "notes -> (ignored)");
    }

    @Test
    void read_noIdColumn_errorNamesSourceAndFix() throws IOException {
        Files.writeString(dir.resolve("noid.csv"), "surname,forename\nJones,Ann\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(SourceConfig.of(dir.resolve("noid.csv")), r -> { }, r -> { }))
                .isInstanceOf(ResidentIndexException.class).hasMessageContaining("noid").hasMessageContaining("--id");
    }

    @Test
    void read_mappedColumnMissing_errorNamesColumn() throws IOException {
        Files.writeString(dir.resolve("m.csv"), "id,surname\n1,Jones\n", StandardCharsets.UTF_8);
        SourceConfig c = SourceConfig.of(dir.resolve("m.csv")).withOverrides(Map.of("given_name", "forename"), List.of());
        assertThatThrownBy(() -> reader.read(c, r -> { }, r -> { }))
                .isInstanceOf(ResidentIndexException.class).hasMessageContaining("'forename'");
    }

    @Test
    void read_missingFile_errorNamesPath() {
        assertThatThrownBy(() -> reader.read(SourceConfig.of(dir.resolve("nope.csv")), r -> { }, r -> { }))
                .isInstanceOf(ResidentIndexException.class).hasMessageContaining("nope.csv");
    }

    @Test
    void read_unterminatedQuote_rowRejectedWithLineAndReadingResumes() throws IOException {
        ReadSummary s = read("q.csv", "id,surname\n1,Jones\n2,\"Evans\n3,x\n");
        assertThat(records).extracting(SourceRecord::recordId).containsExactly("1", "3");
        assertThat(rejects).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).isEqualTo(RejectReason.UNBALANCED_QUOTE);
            assertThat(r.reasonText()).contains("never closed").contains("lines 3-4").doesNotContain("Evans");
        });
        assertThat(s.rowsRead()).isEqualTo(3);
    }

    @Test
    void csvRejectSink_writesHeaderAndRows_readableBack() throws IOException {
        read("r.csv", "id,surname\n1,Jones\n1,Evans\n2\n");
        Path out = dir.resolve("rejects.csv");
        try (CsvRejectSink sink = new CsvRejectSink(out)) {
            rejects.forEach(sink::reject);
        }
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().get().parse(Files.newBufferedReader(out))) {
            List<CSVRecord> rows = p.getRecords();
            assertThat(p.getHeaderNames()).containsExactly("source", "line", "field", "reason");
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).get("source")).isEqualTo("r");
            assertThat(rows.get(0).get("line")).isEqualTo("3");
            assertThat(rows.get(1).get("reason")).startsWith("wrong field count");
        }
    }

    @Test
    void inspect_readsHeaderOnly() throws IOException {
        Path f = dir.resolve("i.csv");
        Files.writeString(f, "person_id|first_name|last_name|DOB\n", StandardCharsets.UTF_8);
        SourceReader.ColumnMappingResult r = reader.inspect(SourceConfig.of(f));
        assertThat(r.dialect().delimiter()).isEqualTo('|');
        assertThat(r.mapping().fields()).containsEntry(CanonicalField.RECORD_ID, "person_id")
                .containsEntry(CanonicalField.DATE_OF_BIRTH, "DOB").containsEntry(CanonicalField.SURNAME, "last_name");
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int i = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, i, p.length);
            i += p.length;
        }
        return all;
    }
}
