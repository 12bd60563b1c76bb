package org.residentindex.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ingest.config.LinkConfig;
import org.residentindex.ingest.config.SourceConfig;

class SourceLoaderTest {

    @TempDir
    Path dir;

    @Test
    void load_manyBatchesOnSeveralThreads_ordinalsFollowFileOrder() throws IOException {
        int rows = 5500;
        StringBuilder a = new StringBuilder("id,first_name,surname,dob,postcode\n");
        for (int i = 0; i < rows; i++) {
            a.append("a").append(i).append(",Name").append((char) ('a' + i % 26)).append(",Jones,")
                    .append(1950 + i % 50).append("-01-02,SA31 1AB\n");
        }
        Path left = dir.resolve("left.csv");
        Files.writeString(left, a, StandardCharsets.UTF_8);
        Path right = dir.resolve("right.csv");
        Files.writeString(right, "id,first_name,surname,dob,postcode\nb0,Ann,Evans,1970-05-06,SA31 2CD\n",
                StandardCharsets.UTF_8);

        RecordStore store = RecordStore.load(new LinkConfig(List.of(SourceConfig.of(left).withId("id"),
                SourceConfig.of(right).withId("id")), null), 3, LocalDate.of(2024, 1, 1));

        assertThat(store.size()).isEqualTo(rows + 1);
        for (int i = 0; i < rows; i++) {
            assertThat(store.recordId(i)).isEqualTo("a" + i);
            assertThat(store.column("date_of_birth").valueOf(i)).isEqualTo((1950 + i % 50) + "0102");
        }
        assertThat(store.source(rows)).isEqualTo("right");
        assertThat(store.recordId(rows)).isEqualTo("b0");
        assertThat(store.sourcesHolding("surname")).containsExactly("left", "right");
    }
}
