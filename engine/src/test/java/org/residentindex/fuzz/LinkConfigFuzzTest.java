package org.residentindex.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.residentindex.ResidentIndexException;
import org.residentindex.ingest.config.LinkConfigReader;

/** The link.yaml reader on arbitrary bytes: a config or a {@link ResidentIndexException}, nothing else. */
@org.junit.jupiter.api.Tag("fuzz")
class LinkConfigFuzzTest {

    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("rix-fuzz-yaml");
            DIR.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "90s")
    void readConfig(FuzzedDataProvider data) throws IOException {
        byte[] yaml = data.consumeRemainingAsBytes();
        Path file = DIR.resolve("link.yaml");
        Files.write(file, yaml);
        try {
            new LinkConfigReader().read(file);
        } catch (ResidentIndexException expected) {
            // the documented refusal
        }
    }
}
