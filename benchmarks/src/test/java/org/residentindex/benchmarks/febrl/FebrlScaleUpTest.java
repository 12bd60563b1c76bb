package org.residentindex.benchmarks.febrl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FebrlScaleUpTest {

    @TempDir
    Path out;

    private Path febrl;

    @BeforeEach
    void shared() {
        String shared = System.getProperty("rix.shared.dir");
        assumeThat(shared).as("system property rix.shared.dir (set by surefire)").isNotNull();
        febrl = Path.of(shared, "data", "febrl");
        assumeThat(febrl.resolve("dataset4a.csv")).as("FEBRL data in ../shared/data/febrl").exists();
    }

    @Test
    void write_factorTwo_everyEntityOnceEachSideAndIdsOpaque() throws IOException {
        FebrlScaleUp.Written w = FebrlScaleUp.write(febrl, out, 2, 5);

        List<String> left = Files.readAllLines(w.left(), StandardCharsets.UTF_8);
        List<String> right = Files.readAllLines(w.right(), StandardCharsets.UTF_8);
        List<String> truth = Files.readAllLines(w.truth(), StandardCharsets.UTF_8);
        assertThat(w.entities()).isEqualTo(10_000);
        assertThat(left).hasSize(10_001);
        assertThat(right).hasSize(10_001);
        assertThat(truth).hasSize(20_001);
        Map<String, Integer> perEntity = new HashMap<>();
        truth.stream().skip(1).forEach(l -> perEntity.merge(l.split(",")[2], 1, Integer::sum));
        assertThat(perEntity).hasSize(10_000).allSatisfy((e, n) -> assertThat(n).isEqualTo(2));
        assertThat(left.get(1)).doesNotContain("rec-").startsWith("a");
    }

    @Test
    void write_recombination_namesRepeatAcrossDifferentPeople() throws IOException {
        FebrlScaleUp.Written w = FebrlScaleUp.write(febrl, out, 3, 5);

        List<String> left = Files.readAllLines(w.left(), StandardCharsets.UTF_8);
        Set<String> fullNames = new HashSet<>();
        Set<String> givenNames = new HashSet<>();
        for (String line : left.subList(1, left.size())) {
            String[] f = line.split(",", -1);
            fullNames.add(f[1] + " " + f[2]);
            givenNames.add(f[1]);
        }
        // three copies of the same 5,000 given names, recombined with other surnames: mostly new full names
        assertThat(givenNames.size()).isLessThan(5_000);
        assertThat(fullNames.size()).isGreaterThan(12_000);
    }

    @Test
    void write_sameSeed_sameBytes() throws IOException {
        FebrlScaleUp.Written a = FebrlScaleUp.write(febrl, out.resolve("a"), 2, 9);
        FebrlScaleUp.Written b = FebrlScaleUp.write(febrl, out.resolve("b"), 2, 9);

        assertThat(Files.readAllBytes(a.left())).isEqualTo(Files.readAllBytes(b.left()));
        assertThat(Files.readAllBytes(a.truth())).isEqualTo(Files.readAllBytes(b.truth()));
    }
}
