package org.residentindex.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableLayoutTest {

    private static final List<String> HEADER = List.of("Account Ref", "Forename", "Surname", "DOB", "Postcode");
    private static final List<String> ROW = List.of("A1", "Ann", "Rees", "01/01/1980", "SA1 1AA");

    @Test
    void find_titleRowsAboveHeader_skipped() {
        List<List<String>> rows = List.of(List.of("Council Tax extract", "", "", "", ""), List.of("Run 01/12/2026"),
                List.of(), HEADER, ROW, ROW);
        TableStart.Position p = TableStart.find(rows, null);
        assertThat(p.index()).isEqualTo(3);
        assertThat(p.titleRows()).isEqualTo(2);
    }

    @Test
    void find_skipRowsGiven_takenAsIs() {
        List<List<String>> rows = List.of(List.of("x", "y", "z", "w", "v"), HEADER, ROW);
        assertThat(TableStart.find(rows, 1).index()).isEqualTo(1);
        assertThat(TableStart.find(rows, 0).index()).isEqualTo(0);
    }

    @Test
    void find_headerSaysNothing_firstNamedRow() {
        List<List<String>> rows = List.of(List.of("Extract"), List.of("col1", "col2", "col3"), List.of("1", "a", "b"));
        assertThat(TableStart.find(rows, null).index()).isEqualTo(1);
    }

    @Test
    void candidate_totalsAndReportLines_onlyWhenSparse() {
        assertThat(FooterDetector.candidate(List.of("Total records: 1,363", "", "", "", ""), 5)).isTrue();
        assertThat(FooterDetector.candidate(List.of("End of report"), 5)).isTrue();
        assertThat(FooterDetector.candidate(List.of("Report generated 12/03/2025 by CTAX"), 5)).isTrue();
        assertThat(FooterDetector.candidate(ROW, 5)).isFalse();
        assertThat(FooterDetector.candidate(List.of("Total", "Ann", "Rees", "01/01/1980", "SA1 1AA"), 5)).isFalse();
    }
}
