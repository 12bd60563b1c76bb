package org.residentindex.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hashed term frequencies: the same adjustment as the plain tables for every non-pooled value, and no names. */
class HashedTermFrequenciesTest {

    @TempDir
    Path dir;

    /** A Zipf-like surname table with many one-off values, as a county's is. */
    private static TermFrequencies table(long seed) {
        Random random = new Random(seed);
        Map<String, Long> surnames = new HashMap<>();
        for (int i = 0; i < 5_000; i++) {
            int rank = (int) Math.floor(Math.pow(random.nextDouble(), 3) * 900);
            surnames.merge("surname" + rank, 1L, Long::sum);
        }
        return TermFrequencies.ofCounts(Map.of("surname", surnames, "given_name", Map.of("dai", 40L, "siân", 2L)));
    }

    @Test
    void hashed_nonPooledValues_sameFrequencyAsPlain() {
        TermFrequencies plain = table(1);
        TermFrequencies hashed = plain.hashed();
        int checked = 0;
        for (String field : plain.fields()) {
            for (Map.Entry<String, Long> e : plain.counts(field).entrySet()) {
                if (e.getValue() >= TermFrequencies.MIN_COUNT) {
                    assertThat(hashed.frequency(field, e.getKey())).as(e.getKey())
                            .isEqualTo(plain.frequency(field, e.getKey()));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void hashed_pooledValue_getsPooledMean_andNoValueListed() {
        TermFrequencies plain = table(2);
        TermFrequencies hashed = plain.hashed();
        TermFrequencies.Pool pool = hashed.pool("given_name");
        assertThat(pool).isEqualTo(new TermFrequencies.Pool(1, 2));
        assertThat(hashed.frequency("given_name", "siân")).isEqualTo(2.0 / 42);
        assertThat(hashed.counts("surname").keySet()).allSatisfy(k -> assertThat(k).hasSize(TermFrequencies.HASH_HEX)
                .doesNotContain("surname"));
        long rare = plain.counts("surname").values().stream().filter(c -> c < TermFrequencies.MIN_COUNT).count();
        assertThat(hashed.pool("surname").values()).isEqualTo(rare).isPositive();
    }

    @Test
    void save_default_writesNoNames_loadsSameFrequencies_andIsDeterministic() throws IOException {
        TermFrequencies plain = table(3);
        SavedModel saved = new SavedModel(model(), new MatchThresholds(6, 0), plain);
        Path one = dir.resolve("one.json");
        Path two = dir.resolve("two.json");
        ModelFile.save(saved, one);
        ModelFile.save(saved, two);
        String text = Files.readString(one, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("surname1").doesNotContain("dai").doesNotContain("siân")
                .contains("termFrequencyHashes").contains("HmacSHA256");
        assertThat(Files.readAllBytes(two)).isEqualTo(Files.readAllBytes(one));
        TermFrequencies loaded = ModelFile.load(one).termFrequencies();
        assertThat(loaded.isHashed()).isTrue();
        plain.counts("surname").forEach((v, c) -> {
            if (c >= TermFrequencies.MIN_COUNT) {
                assertThat(loaded.frequency("surname", v)).isEqualTo(plain.frequency("surname", v));
            }
        });
        // another data set gets another salt
        ModelFile.save(new SavedModel(model(), new MatchThresholds(6, 0), table(4)), two);
        assertThat(ModelFile.load(two).termFrequencies().salt()).isNotEqualTo(loaded.salt());
    }

    @Test
    void save_plainNames_keepsTables_andOldPlainFilesStillLoad() throws IOException {
        TermFrequencies plain = table(5);
        Path file = dir.resolve("plain.json");
        ModelFile.save(new SavedModel(model(), new MatchThresholds(6, 0), plain), file, true);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"dai\"").doesNotContain("Hashes");
        TermFrequencies loaded = ModelFile.load(file).termFrequencies();
        assertThat(loaded.isHashed()).isFalse();
        assertThat(loaded.frequency("given_name", "siân")).isEqualTo(plain.frequency("given_name", "siân"));
    }

    private static FellegiSunterModel model() {
        List<ComparisonSpec> specs = List.of(new ComparisonSpec("surname", List.of("exact", "else")));
        return new FellegiSunterModel(specs, new double[][] {{0.9, 0.1}}, new double[][] {{0.01, 0.99}}, 0.001);
    }
}
