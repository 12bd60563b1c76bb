package org.residentindex.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.residentindex.ResidentIndexException;
import org.residentindex.ingest.DialectDetector;
import org.residentindex.ingest.SourceReader;
import org.residentindex.ingest.config.SourceConfig;

/**
 * The CSV reader and dialect detector on arbitrary bytes. Properties: the detector always answers one of its
 * candidates; the reader either refuses the whole file with a {@link ResidentIndexException} (no header, no id
 * column, not text) or reads it with rows in = accepted + rejected, each accepted row handed over once, and no
 * message ever quotes the input.
 */
@org.junit.jupiter.api.Tag("fuzz")
class CsvReaderFuzzTest {

    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("rix-fuzz-csv");
            DIR.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "90s")
    void readCsv(FuzzedDataProvider data) throws IOException {
        boolean withId = data.consumeBoolean();
        boolean tight = data.consumeBoolean();
        byte[] bytes = data.consumeRemainingAsBytes();
        char d = new DialectDetector().detect(bytes, bytes.length, StandardCharsets.UTF_8, false);
        assertThat(d).isIn(',', '\t', ';', '|');
        Path file = DIR.resolve("in.csv");
        Files.write(file, bytes);
        SourceConfig config = withId ? SourceConfig.of(file).withId("id") : SourceConfig.of(file);
        SourceReader reader = tight ? new SourceReader(new SourceReader.Limits(2, 64, 128)) : new SourceReader();
        AtomicLong accepted = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        try {
            var summary = reader.read(config, r -> accepted.incrementAndGet(), r -> rejected.incrementAndGet());
            assertThat(summary.rowsRead()).isEqualTo(summary.accepted() + summary.rejected());
            assertThat(summary.accepted()).isEqualTo(accepted.get());
            assertThat(summary.rejected()).isEqualTo(rejected.get());
        } catch (ResidentIndexException e) {
            assertThat(e.getMessage()).doesNotContain("[");
        }
    }
}
