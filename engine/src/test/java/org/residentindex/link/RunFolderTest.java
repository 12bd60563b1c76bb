package org.residentindex.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ResidentIndexException;

/** The run-folder protocol: staging, lock, journal, recovery. */
class RunFolderTest {

    @TempDir
    Path dir;

    private static void write(Path p, String s) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, s, StandardCharsets.UTF_8);
    }

    @Test
    void commit_movesEverythingIn_uncommittedRunLeavesPreviousIntact() throws IOException {
        try (RunFolder f = RunFolder.open(dir)) {
            write(f.staging().resolve("entities.csv"), "one");
            write(f.staging().resolve("index/seg"), "i1");
            f.commit();
        }
        assertThat(Files.readString(dir.resolve("entities.csv"))).isEqualTo("one");
        try (RunFolder f = RunFolder.open(dir)) {
            write(f.staging().resolve("entities.csv"), "two-but-cut");
            // no commit: a failed run
        }
        assertThat(Files.readString(dir.resolve("entities.csv"))).isEqualTo("one");
        assertThat(dir.resolve(RunFolder.STAGING)).doesNotExist();
        try (RunFolder f = RunFolder.open(dir)) {
            write(f.staging().resolve("entities.csv"), "three");
            write(f.staging().resolve("index/seg"), "i3");
            f.commit();
        }
        assertThat(Files.readString(dir.resolve("index/seg"))).isEqualTo("i3");
        assertThat(dir.resolve(RunFolder.COMMITTING)).doesNotExist();
    }

    @Test
    void open_whileLocked_refused() {
        try (RunFolder f = RunFolder.open(dir)) {
            assertThat(f.target()).isEqualTo(dir);
            assertThatThrownBy(() -> RunFolder.open(dir)).isInstanceOf(ResidentIndexException.class)
                    .hasMessageContaining("Another rix link run");
        }
        RunFolder.open(dir).close();
    }

    @Test
    void open_afterCrashMidCommit_completesTheMove() throws IOException {
        write(dir.resolve("entities.csv"), "old");
        write(dir.resolve("index/seg"), "old-index");
        write(dir.resolve(RunFolder.STAGING).resolve("run.json"), "{}");
        write(dir.resolve(RunFolder.STAGING).resolve("index/seg"), "new-index");
        write(dir.resolve(RunFolder.COMMITTING), "x");
        write(dir.resolve("merged_into.csv"), "new"); // already moved before the crash
        assertThatThrownBy(() -> RunFolder.checkReadable(dir, "rix report")).hasMessageContaining("interrupted");
        RunFolder.open(dir).close();
        assertThat(dir.resolve(RunFolder.COMMITTING)).doesNotExist();
        assertThat(Files.readString(dir.resolve("index/seg"))).isEqualTo("new-index");
        assertThat(Files.readString(dir.resolve("run.json"))).isEqualTo("{}");
        assertThat(Files.readString(dir.resolve("merged_into.csv"))).isEqualTo("new");
    }
}
