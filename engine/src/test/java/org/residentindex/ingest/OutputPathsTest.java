package org.residentindex.ingest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ResidentIndexException;

class OutputPathsTest {

    @TempDir
    Path dir;

    @Test
    void checkFile_sameFileBySymlinkHardLinkOrDots_refused() throws IOException {
        Path in = Files.writeString(dir.resolve("in.csv"), "id\n1\n");
        Path sym = Files.createSymbolicLink(dir.resolve("sym.csv"), in);
        Path hard = Files.createLink(dir.resolve("hard.csv"), in);
        for (Path out : List.of(in, sym, hard, dir.resolve("sub/../in.csv"))) {
            assertThatThrownBy(() -> OutputPaths.checkFile("--out", out, List.of(in)))
                    .isInstanceOf(ResidentIndexException.class).hasMessageContaining("is an input");
        }
        assertThatCode(() -> OutputPaths.checkFile("--out", dir.resolve("other.csv"), List.of(in)))
                .doesNotThrowAnyException();
    }

    @Test
    void checkFolder_containingInputOrEmpty_refused_ownStateAllowed() throws IOException {
        Path run = Files.createDirectories(dir.resolve("run"));
        Path data = Files.writeString(run.resolve("people.csv"), "id\n");
        Path previous = Files.writeString(run.resolve("entities.csv"), "x\n");
        assertThatThrownBy(() -> OutputPaths.checkFolder("--out", run, List.of(data), List.of()))
                .hasMessageContaining("contains an input");
        assertThatThrownBy(() -> OutputPaths.checkFolder("--out", dir, List.of(data), List.of()))
                .hasMessageContaining("contains an input");
        assertThatThrownBy(() -> OutputPaths.checkFolder("--out", Path.of(""), List.of(), List.of()))
                .hasMessageContaining("is empty");
        assertThatCode(() -> OutputPaths.checkFolder("--out", run, List.of(previous), List.of(previous)))
                .doesNotThrowAnyException();
        assertThatCode(() -> OutputPaths.checkFolder("--out", dir.resolve("new"), List.of(data), List.of()))
                .doesNotThrowAnyException();
    }
}
