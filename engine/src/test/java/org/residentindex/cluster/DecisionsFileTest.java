package org.residentindex.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ResidentIndexException;

class DecisionsFileTest {

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("decisions.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void read_laterLineForSamePair_replacesEarlier() throws IOException {
        Path file = write("left_source,left_record_id,right_source,right_record_id,decision,reviewer,date,note\n"
                + "ct,1,er,7,match,amy,2025-01-02,\n"
                + "hs,4,ct,2,Non-Match,,,\n"
                + "er,7,ct,1,non-match,bob,2025-02-01,\"moved, different person\"\n");

        List<Decision> decisions = DecisionsFile.read(file);

        assertThat(decisions).hasSize(2);
        assertThat(decisions.get(0).verdict()).isEqualTo(Decision.Verdict.NON_MATCH);
        assertThat(decisions.get(0).reviewer()).isEqualTo("bob");
        assertThat(decisions.get(0).note()).isEqualTo("moved, different person");
        assertThat(decisions.get(1).left()).isEqualTo(new RecordKey("hs", "4"));
    }

    @Test
    void read_badVerdict_namesLineAndColumn() throws IOException {
        Path file = write("left_source,left_record_id,right_source,right_record_id,decision\nct,1,er,7,maybe\n");

        assertThatThrownBy(() -> DecisionsFile.read(file)).isInstanceOf(ResidentIndexException.class)
                .hasMessageContaining("decisions.csv line 2, column 5 (decision) must be 'match' or 'non-match'");
    }

    @Test
    void read_missingColumn_namesIt() throws IOException {
        Path file = write("left_source,left_record_id,right_source,decision\n");

        assertThatThrownBy(() -> DecisionsFile.read(file)).hasMessageContaining("missing column 'right_record_id'");
    }

    @Test
    void fromDecisions_nonMatchContradictingMatchChain_throwsNamingRecords() {
        RecordKey a = new RecordKey("ct", "1");
        RecordKey b = new RecordKey("er", "2");
        RecordKey c = new RecordKey("hs", "3");
        List<RecordKey> keys = List.of(a, b, c);
        List<Decision> decisions = List.of(new Decision(a, b, Decision.Verdict.MATCH, null, null, null),
                new Decision(b, c, Decision.Verdict.MATCH, null, null, null),
                new Decision(a, c, Decision.Verdict.NON_MATCH, null, null, null));

        assertThatThrownBy(() -> ClusterConstraints.fromDecisions(decisions, keys::indexOf))
                .isInstanceOf(ResidentIndexException.class).hasMessageContaining("ct/1 and hs/3");
    }

    @Test
    void entityFile_writeRead_roundTripsSorted() throws IOException {
        Path file = dir.resolve("entities.csv");
        java.util.Map<RecordKey, String> entities = new java.util.LinkedHashMap<>();
        entities.put(new RecordKey("schools", "2"), "R00000002");
        entities.put(new RecordKey("council_tax", "10"), "R00000001");

        EntityFile.write(file, entities);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(
                "source,record_id,entity_id\ncouncil_tax,10,R00000001\nschools,2,R00000002\n");
        assertThat(EntityFile.read(file)).isEqualTo(entities);
    }
}
