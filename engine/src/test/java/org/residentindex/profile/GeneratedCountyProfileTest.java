package org.residentindex.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.fixtures.CountyGenerator;
import org.residentindex.fixtures.GenerationSummary;
import org.residentindex.ingest.RejectSink;
import org.residentindex.ingest.SourceReader;
import org.residentindex.ingest.config.LinkConfig;
import org.residentindex.ingest.config.LinkConfigReader;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.model.CanonicalField;
import org.residentindex.model.NormalisedRecord;
import org.residentindex.normalise.RecordNormaliser;

/** Profiles of every dataset of a small generated county against what the generator wrote and planted. */
class GeneratedCountyProfileTest {

    @TempDir
    static Path dir;

    private static GenerationSummary summary;
    private static LinkConfig config;
    private static final Map<String, Long> TRUTH_ROWS = new HashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        summary = CountyGenerator.builder().residents(1500).seed(11).build().generate(dir);
        config = new LinkConfigReader().read(dir.resolve("link.yaml"));
        List<String> truth = Files.readAllLines(dir.resolve("truth.csv"), StandardCharsets.UTF_8);
        for (String line : truth.subList(1, truth.size())) {
            if (line.isBlank()) {
                continue;
            }
            TRUTH_ROWS.merge(line.substring(0, line.indexOf(',')), 1L, Long::sum);
        }
    }

    @Test
    void linkYaml_everySourceMappingLoads_andMatchesHeader() {
        assertThat(config.sources()).hasSize(6);
        assertThat(config.gazetteer()).exists();
        SourceReader reader = new SourceReader();
        for (SourceConfig s : config.sources()) {
            SourceReader.ColumnMappingResult m = reader.inspect(s);
            assertThat(m.mapping().idColumn()).as(s.name()).isEqualTo(s.id());
            s.mapping().forEach((field, column) -> assertThat(m.mapping().fields())
                    .as(s.name()).containsEntry(CanonicalField.fromKey(field).orElseThrow(), column));
        }
    }

    @Test
    void profile_everyDataset_rowsMatchGeneratorAndTruth_noRejects_plantedQuality() {
        Profiler profiler = new Profiler(LocalDate.of(2026, 4, 1));
        for (SourceConfig s : config.sources()) {
            Profile p = profiler.profile(s, RejectSink.discarding());
            long written = summary.recordsByFile().get(s.name() + ".csv");
            assertThat(p.rowsRead()).as(s.name()).isEqualTo(written).isEqualTo(TRUTH_ROWS.get(s.name()));
            assertThat(p.rejected()).as(s.name()).isZero();
            assertThat(p.accepted()).as(s.name()).isEqualTo(written);
            ColumnProfile postcode = p.field("postcode").orElseThrow();
            // missingField 0.02 blanks postcodes; postcode errors change one character but keep the shape
            assertThat(postcode.completeness()).as(s.name()).isBetween(94.0, 100.0);
            assertThat(postcode.validity()).as(s.name()).isGreaterThanOrEqualTo(99.0);
            p.field("date_of_birth").ifPresent(d -> assertThat(d.validity()).as(s.name()).isGreaterThanOrEqualTo(97.0));
            p.field("uprn").ifPresent(u -> assertThat(u.validity()).as(s.name()).isEqualTo(100.0));
            assertThat(p.field("given_name").or(() -> p.field("full_name")).orElseThrow().completeness())
                    .as(s.name()).isGreaterThan(99.0);
        }
    }

    @Test
    void normalise_everyRecord_namesAndAddressesParsed() {
        SourceReader reader = new SourceReader();
        for (SourceConfig s : config.sources()) {
            RecordNormaliser normaliser = new RecordNormaliser(LocalDate.of(2026, 4, 1), s.dateFormat());
            long[] counts = new long[3];
            reader.read(s, r -> {
                NormalisedRecord n = normaliser.normalise(r);
                counts[0]++;
                if (n.givenName() != null && n.surname() != null) {
                    counts[1]++;
                }
                if (n.address().town() != null
                        && (n.address().houseNumber() != null || n.address().houseName() != null)) {
                    counts[2]++;
                }
            }, RejectSink.discarding());
            assertThat(counts[1]).as(s.name() + " names").isEqualTo(counts[0]);
            assertThat(counts[2]).as(s.name() + " addresses").isGreaterThan(counts[0] * 97 / 100);
        }
    }
}
