package org.residentindex.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ingest.Reject;
import org.residentindex.ingest.config.SourceConfig;

class ProfilerTest {

    @TempDir
    Path dir;

    @Test
    void profile_plantedProblems_countedPerColumnAndReason() throws IOException {
        Path f = dir.resolve("council_tax.csv");
        Files.writeString(f, """
                account_ref;forename;surname;dob;postcode;uprn;notes
                A1;Siân;Jones;03/01/1980;SA31 1AB;100100000001;x
                A2;Dai;Evans;31/02/1980;SA31;100100000002;
                A3;;Price;;sa311ab;n/a;
                A3;Huw;Rees;01/01/1970;SA31 1AB;;
                A4;Ann
                ;Mair;Lewis;01/01/1970;SA31 1AB;;
                """, StandardCharsets.UTF_8);
        List<Reject> rejects = new ArrayList<>();
        Profile p = new Profiler(LocalDate.of(2026, 1, 1)).profile(SourceConfig.of(f), rejects::add);
        assertThat(p.delimiter()).isEqualTo("semicolon");
        assertThat(p.rowsRead()).isEqualTo(6);
        assertThat(p.accepted()).isEqualTo(3);
        assertThat(p.rejected()).isEqualTo(3);
        assertThat(p.rejectsByReason()).containsEntry("duplicate record id", 1L)
                .containsEntry("wrong field count", 1L).containsEntry("missing record id", 1L);
        assertThat(rejects).extracting(Reject::line).containsExactly(5L, 6L, 7L);
        ColumnProfile pc = p.field("postcode").orElseThrow();
        assertThat(pc.present()).isEqualTo(3);
        assertThat(pc.valid()).isEqualTo(2);
        assertThat(pc.validity()).isEqualTo(66.67);
        ColumnProfile dob = p.field("date_of_birth").orElseThrow();
        assertThat(dob.completeness()).isEqualTo(66.67);
        assertThat(dob.validity()).isEqualTo(50.0);
        assertThat(p.field("uprn").orElseThrow().validity()).isEqualTo(66.67);
        assertThat(p.field("given_name").orElseThrow().validity()).isNull();
        assertThat(p.columns()).extracting(ColumnProfile::column).contains("notes");
        assertThat(p.columns().stream().filter(c -> c.column().equals("notes")).findFirst().orElseThrow().present())
                .isEqualTo(1);
    }
}
