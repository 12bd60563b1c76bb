package org.residentindex.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ResidentIndexException;
import org.residentindex.cluster.RecordKey;

class TruthSetTest {

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("truth.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void load_generatorTruthWithExtraColumns_ignoresThem() throws IOException {
        TruthSet truth = TruthSet.load(write("source,record_id,entity_id,household_id,uprn\n"
                + "council_tax,17,P1,H1,100023\nschools,s-9,P1,H1,\n"));

        assertThat(truth.size()).isEqualTo(2);
        assertThat(truth.entityOf(new RecordKey("schools", "s-9"))).isEqualTo("P1");
    }

    @Test
    void load_missingColumn_namesIt() throws IOException {
        Path file = write("source,record_id\nx,1\n");

        assertThatThrownBy(() -> TruthSet.load(file)).isInstanceOf(ResidentIndexException.class)
                .hasMessageContaining("truth.csv").hasMessageContaining("missing column 'entity_id'");
    }

    @Test
    void load_emptyCellOrRepeatedRecord_namesLineAndColumn() throws IOException {
        Path empty = write("source,record_id,entity_id\nx,1,E1\nx,2,\n");
        assertThatThrownBy(() -> TruthSet.load(empty)).hasMessageContaining("line 3, column 3 (entity_id)");

        Path repeated = write("source,record_id,entity_id\nx,1,E1\nx,1,E2\n");
        assertThatThrownBy(() -> TruthSet.load(repeated)).hasMessageContaining("line 3")
                .hasMessageContaining("repeats the record of line 2");
    }

    @Test
    void load_absentFile_saysSo() {
        assertThatThrownBy(() -> TruthSet.load(dir.resolve("none.csv"))).hasMessageContaining("none.csv does not exist");
    }
}
