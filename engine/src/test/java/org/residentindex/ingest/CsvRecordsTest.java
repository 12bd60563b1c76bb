package org.residentindex.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.model.SourceRecord;

/** Bounded record splitting: a stray quote or an endless line costs one row, and rows in = accepted + rejected. */
class CsvRecordsTest {

    @TempDir
    Path dir;

    private final List<SourceRecord> records = new ArrayList<>();
    private final List<Reject> rejects = new ArrayList<>();

    private ReadSummary read(String content, SourceReader.Limits limits) throws IOException {
        Path file = dir.resolve("s.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        ReadSummary s = new SourceReader(limits).read(SourceConfig.of(file), records::add, rejects::add);
        assertThat(s.rowsRead()).isEqualTo(s.accepted() + s.rejected());
        return s;
    }

    private static String rows(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i <= to; i++) {
            b.append(i).append(",Name").append(i).append(",Town").append(i).append('\n');
        }
        return b.toString();
    }

    @Test
    void quoteOpenBeyondBound_firstLineRejectedWithRange_restRead() throws IOException {
        String csv = "id,surname,town\n" + rows(1, 3) + "4,\"Unclosed,Town4\n" + rows(5, 20);
        ReadSummary s = read(csv, new SourceReader.Limits(3, 64 * 1024, 1 << 20));
        assertThat(s.rowsRead()).isEqualTo(20);
        assertThat(rejects).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(5);
            assertThat(r.reason()).isEqualTo(RejectReason.UNBALANCED_QUOTE);
            assertThat(r.detail()).contains("not closed within 3 lines").contains("lines 5-7");
        });
        assertThat(records).extracting(SourceRecord::recordId).contains("3", "5", "6", "20").doesNotContain("4");
    }

    @Test
    void legitimateMultiLineAddress_accepted() throws IOException {
        read("id,address,surname\n1,\"Flat 2\n14 Heol y Bryn\nCaerfyrddin\",Jones\n2,x,y\n",
                SourceReader.Limits.defaults());
        assertThat(records).hasSize(2);
        assertThat(rejects).isEmpty();
    }

    @Test
    void textAfterClosingQuote_rowRejected_notFileAborted() throws IOException {
        ReadSummary s = read("id,surname\n1,\"Jo\"nes\n2,Evans\n", SourceReader.Limits.defaults());
        assertThat(s.accepted()).isEqualTo(1);
        assertThat(rejects).singleElement().extracting(Reject::reason).isEqualTo(RejectReason.UNBALANCED_QUOTE);
    }

    @Test
    void escapedQuotesAndQuoteMidField_readAsText() throws IOException {
        read("id,surname,note\n1,\"O\"\"Brien\",x\n2,O\"Neill,y\n", SourceReader.Limits.defaults());
        assertThat(records).extracting(r -> r.other().get("note")).containsExactly("x", "y");
        assertThat(records.get(0).get(org.residentindex.model.CanonicalField.SURNAME)).isEqualTo("O\"Brien");
        assertThat(records.get(1).get(org.residentindex.model.CanonicalField.SURNAME)).isEqualTo("O\"Neill");
    }

    @Test
    void lineOverBound_rejectedWithoutBeingKept() throws IOException {
        String csv = "id,surname\n1,Jones\n2," + "y".repeat(5_000) + "\n3,Evans\n";
        ReadSummary s = read(csv, new SourceReader.Limits(8, 1024, 1000));
        assertThat(s.accepted()).isEqualTo(2);
        assertThat(rejects).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).isEqualTo(RejectReason.TOO_LONG);
        });
    }

    @Test
    void nulInARow_rejectedAsBinary() throws IOException {
        StringBuilder csv = new StringBuilder("id,surname\n");
        csv.append("x,".repeat(1)).append("y\n".repeat(0));
        csv.setLength(0);
        csv.append("id,surname\n").append(rows2(1, 2000)).append("2001,Jo\u0000nes\n");
        ReadSummary s = read(csv.toString(), SourceReader.Limits.defaults());
        assertThat(s.rejected()).isEqualTo(1);
        assertThat(rejects.get(0).reason()).isEqualTo(RejectReason.BINARY);
        assertThat(rejects.get(0).field()).isEqualTo("surname");
    }

    private static String rows2(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i <= to; i++) {
            b.append(i).append(",Name").append(i).append('\n');
        }
        return b.toString();
    }

    @Test
    void headerShape_dataRowMasked_headerListed() {
        assertThat(HeaderShape.describe(List.of("1", "John", "Smith", "01/02/1980")))
                .startsWith("4 columns; the first line does not look like a header").doesNotContain("John");
        assertThat(HeaderShape.describe(List.of("rec_id", "given_name", "address_1")))
                .isEqualTo("3 columns: rec_id, given_name, address_1");
    }
}
