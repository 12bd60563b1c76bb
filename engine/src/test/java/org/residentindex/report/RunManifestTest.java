package org.residentindex.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ResidentIndexException;

class RunManifestTest {

    @TempDir
    Path dir;

    @Test
    void write_thenRead_roundTripsEveryField() {
        RunManifest m = new RunManifest(1, "/data/link.yaml",
                List.of(new RunManifest.Source("council_tax", "/data/ct.csv", "account_ref")), null, null,
                "2026-04-01T09:00:00Z", 42, new RunManifest.Thresholds(8.5, 3.0));

        m.write(dir.resolve(RunManifest.FILE));

        assertThat(RunManifest.read(dir)).isEqualTo(m);
    }

    @Test
    void write_contractKeys_inDocumentedOrderWithNulls() throws Exception {
        new RunManifest(1, null, List.of(), null, null, null, 0, null).write(dir.resolve(RunManifest.FILE));

        String json = Files.readString(dir.resolve(RunManifest.FILE), StandardCharsets.UTF_8);
        assertThat(json).containsSubsequence("\"schema\"", "\"config\" : null", "\"sources\"", "\"gazetteer\"",
                "\"truth\"", "\"started\"", "\"records\"", "\"thresholds\"");
    }

    @Test
    void read_unknownKeys_areIgnored() throws Exception {
        Files.writeString(dir.resolve(RunManifest.FILE), "{\"schema\":1,\"sources\":[],\"records\":3,\"later\":true}",
                StandardCharsets.UTF_8);

        assertThat(RunManifest.read(dir).records()).isEqualTo(3);
    }

    @Test
    void read_otherSchema_isRejectedNamingFile() throws Exception {
        Files.writeString(dir.resolve(RunManifest.FILE), "{\"schema\":2}", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> RunManifest.read(dir)).isInstanceOf(ResidentIndexException.class)
                .hasMessageContaining("run.json").hasMessageContaining("schema 2");
    }

    @Test
    void read_missing_isRejectedNamingFile() {
        assertThatThrownBy(() -> RunManifest.read(dir)).isInstanceOf(ResidentIndexException.class)
                .hasMessageContaining("run manifest not found");
    }
}
