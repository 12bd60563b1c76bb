package org.residentindex.pprl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ingest.config.SourceConfig;

/**
 * FEBRL 4 (5,000 × 5,000, one duplicate per record) encoded on both sides and linked from the encodings alone,
 * against its truth: the accuracy target, measured by the engine's evaluation. Skipped when the shared
 * FEBRL data is absent.
 */
class FebrlEncodedLinkTest {

    static final Secret KEY = Secret.of("febrl test key, fixed so the figure is reproducible".getBytes(
            StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    private static Path febrl(String name) {
        String shared = System.getProperty("rix.shared.dir");
        assumeThat(shared).as("system property rix.shared.dir (set by surefire)").isNotNull();
        Path file = Path.of(shared, "data", "febrl", name);
        assumeThat(Files.exists(file)).as("FEBRL data at " + file).isTrue();
        return file;
    }

    private EncodedLinker.Result link(Schema schema) {
        Path a = dir.resolve("dataset4a.clk");
        Path b = dir.resolve("dataset4b.clk");
        EncodeRun run = new EncodeRun(schema, KEY, 2, null, LocalDate.of(2026, 4, 1));
        run.run(SourceConfig.of(febrl("dataset4a.csv")).withId("rec_id"), a);
        run.run(SourceConfig.of(febrl("dataset4b.csv")).withId("rec_id"), b);
        return new EncodedLinker(new EncodedLinker.Request(List.of(a, b), febrl("dataset4-truth.csv"), false, 2))
                .run(dir.resolve("run"));
    }

    @Test
    void linkEncoded_febrl4WithIdentifierSchema_pairwiseF1AtLeast099() {
        Path schema = Path.of(System.getProperty("user.dir"), "schemas", "febrl-with-identifier.json");
        EncodedLinker.Result r = link(Schema.read(schema));
        assertThat(r.pairCompleteness().completeness()).isGreaterThan(0.995);
        assertThat(r.evaluation().pairwise().f1()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void linkEncoded_febrl4DefaultSchema_pairwiseF1NearTarget() {
        EncodedLinker.Result r = link(Schema.defaults());
        // names, date of birth and address only: measured 0.990 (README); the floor guards against regressions
        assertThat(r.evaluation().pairwise().precision()).isGreaterThan(0.995);
        assertThat(r.evaluation().pairwise().f1()).isGreaterThan(0.985);
    }
}
