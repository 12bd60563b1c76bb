package org.residentindex.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.residentindex.ingest.RejectSink;
import org.residentindex.ingest.config.SourceConfig;

/** Profiles of the FEBRL files against figures computed here by a plain, independent read of the same files. */
class ProfilerFebrlTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    private static Path febrl(String name) {
        String shared = System.getProperty("rix.shared.dir");
        assumeThat(shared).as("system property rix.shared.dir (set by surefire)").isNotNull();
        Path file = Path.of(shared, "data", "febrl", name);
        assumeThat(Files.exists(file)).as("FEBRL data at " + file).isTrue();
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dataset3.csv", "dataset4a.csv", "dataset4b.csv"})
    void profile_febrl_matchesPlainRead(String name) throws IOException {
        Path file = febrl(name);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",", -1);
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                rows.add(line.split(",", -1));
            }
        }

        Profile p = new Profiler(TODAY).profile(SourceConfig.of(file), RejectSink.discarding());

        assertThat(p.rowsRead()).isEqualTo(rows.size()).isEqualTo(5000);
        assertThat(p.accepted()).isEqualTo(5000);
        assertThat(p.rejected()).isZero();
        assertThat(p.rowsRead()).isEqualTo(p.accepted() + p.rejected());
        assertThat(p.delimiter()).isEqualTo("comma");
        assertThat(p.mapping()).containsEntry("rec_id", "record_id").containsEntry("given_name", "given_name")
                .containsEntry("surname", "surname").containsEntry("date_of_birth", "date_of_birth")
                .containsEntry("postcode", "postcode").containsEntry("street_number", "house_number")
                .containsEntry("suburb", "locality").containsEntry("soc_sec_id", "(other)");
        for (int c = 0; c < header.length; c++) {
            int col = c;
            long present = rows.stream().filter(r -> !r[col].isBlank()).count();
            ColumnProfile cp = p.columns().get(c);
            assertThat(cp.column()).isEqualTo(header[c].trim());
            assertThat(cp.present()).as(cp.column()).isEqualTo(present);
            assertThat(cp.completeness()).as(cp.column()).isEqualTo(Profiler.percent(present, 5000));
        }
        int dobColumn = List.of(header).indexOf(" date_of_birth");
        long dobPresent = rows.stream().filter(r -> !r[dobColumn].isBlank()).count();
        long dobValid = rows.stream().map(r -> r[dobColumn].trim()).filter(ProfilerFebrlTest::isPastYyyyMmDd).count();
        assertThat(p.field("date_of_birth").orElseThrow().valid()).isEqualTo(dobValid);
        assertThat(p.field("date_of_birth").orElseThrow().validity()).isEqualTo(Profiler.percent(dobValid, dobPresent));
        assertThat(p.field("postcode").orElseThrow().validity()).as("Australian postcodes are not UK").isZero();
        assertThat(p.field("uprn")).isEmpty();
        assertThat(p.rejectsByReason().values()).allMatch(n -> n == 0);
        assertThat(Map.copyOf(p.rejectsByReason())).hasSize(org.residentindex.ingest.RejectReason.values().length);
    }

    private static boolean isPastYyyyMmDd(String s) {
        try {
            LocalDate d = LocalDate.parse(s, DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT));
            return !d.isAfter(TODAY) && d.getYear() >= 1850;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
