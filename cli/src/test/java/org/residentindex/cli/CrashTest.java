package org.residentindex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ResidentIndexException;
import org.residentindex.fixtures.CountyGenerator;
import org.residentindex.link.RunFolder;

/**
 * Kills a child JVM running {@code rix link} at seeded random points (10 kills; every fourth one inside the move
 * of the finished files into place, which the child is told to slow down) into a folder that holds a good run. After every kill the folder is either the previous run, intact and readable, or marked as interrupted and
 * refused by readers; the final uninterrupted rerun is byte-identical to an uninterrupted run (run.json but for
 * its start time).
 */
class CrashTest {

    private static final List<String> FILES = List.of("entities.csv", "links.csv", "review.csv", "rejects.csv",
            "model.json", "merged_into.csv");
    private static final int KILLS = 10;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void link_killedAtRandomPoints_previousRunIntactOrRefused_rerunByteIdentical() throws Exception {
        Path county = dir.resolve("county");
        CountyGenerator.builder().residents(400).seed(9).build().generate(county);
        Path reference = dir.resolve("reference");
        long start = System.nanoTime();
        assertThat(link(county, reference, -1)).isZero();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(link(county, reference, -1)).isZero();
        Map<String, byte[]> expected = snapshot(reference);

        Path target = dir.resolve("target");
        assertThat(link(county, target, -1)).isZero();
        assertThat(snapshot(target)).containsExactlyEntriesOf(expected);

        Random random = new Random(12);
        int intact = 0;
        int refused = 0;
        for (int k = 0; k < KILLS; k++) {
            long delay = 150 + (long) (random.nextDouble() * (millis + 300));
            if (k % 4 == 3) {
                // every fourth kill lands inside the move itself (the child pauses there)
                killInsideCommit(county, target);
            } else {
                link(county, target, delay);
            }
            if (Files.exists(target.resolve(RunFolder.COMMITTING))) {
                refused++;
                assertThatThrownBy(() -> RunFolder.checkReadable(target, "rix report"))
                        .isInstanceOf(ResidentIndexException.class).hasMessageContaining("interrupted");
            } else {
                intact++;
                RunFolder.checkReadable(target, "rix report");
                assertThat(snapshot(target)).as("after kill %d at %d ms", k, delay).containsExactlyEntriesOf(expected);
            }
        }
        assertThat(intact + refused).isEqualTo(KILLS);
        System.out.printf(java.util.Locale.ROOT, "CrashTest: %d kills, %d left the previous run intact, %d marked"
                + " interrupted and refused (one run takes ~%d ms)%n", KILLS, intact, refused, millis);
        assertThat(link(county, target, -1)).isZero();
        assertThat(snapshot(target)).containsExactlyEntriesOf(expected);
        assertThat(target.resolve(RunFolder.STAGING)).doesNotExist();
    }

    private static void killInsideCommit(Path county, Path out) throws IOException, InterruptedException {
        Process p = start(county, out, "-Drix.test.commitPauseMillis=5000");
        Path journal = out.resolve(RunFolder.COMMITTING);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(journal) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        p.destroyForcibly();
        p.waitFor(60, TimeUnit.SECONDS);
        assertThat(journal).as("killed inside the move").exists();
    }

    private static Process start(Path county, Path out, String... jvm) throws IOException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-Xmx512m"));
        cmd.addAll(List.of(jvm));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Rix.class.getName(), "link", "--config",
                county.resolve("link.yaml").toString(), "--out", out.toString(), "--threads", "2"));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** Runs {@code rix link} in a child JVM; kills it after {@code killAfterMillis} when that is not negative. */
    private static int link(Path county, Path out, long killAfterMillis) throws IOException, InterruptedException {
        Process p = start(county, out);
        if (killAfterMillis >= 0) {
            if (!p.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
            }
            p.waitFor(60, TimeUnit.SECONDS);
            return -1;
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("link finished").isTrue();
        return p.exitValue();
    }

    /** The run's files, and run.json without its start time. */
    private static Map<String, byte[]> snapshot(Path run) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String f : FILES) {
            files.put(f, Files.readAllBytes(run.resolve(f)));
        }
        String manifest = Files.readString(run.resolve("run.json"), StandardCharsets.UTF_8)
                .replaceAll("\"started\" : \"[^\"]*\"", "")
                .replace(run.toAbsolutePath().toString() + File.separator, "");
        files.put("run.json", manifest.getBytes(StandardCharsets.UTF_8));
        return files;
    }
}
