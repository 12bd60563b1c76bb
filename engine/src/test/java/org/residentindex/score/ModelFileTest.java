package org.residentindex.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ResidentIndexException;

class ModelFileTest {

    @TempDir
    Path dir;

    private SavedModel sample() {
        TermFrequencies tf = TermFrequencies.ofCounts(Map.of("surname", Map.of("jones", 55L, "morgan", 12L)));
        return new SavedModel(FellegiSunterModelTest.MODEL, new MatchThresholds(6.5, 0.0), tf);
    }

    @Test
    void saveLoad_roundTrip_keepsEverything() {
        Path file = dir.resolve("model.json");
        ModelFile.save(sample(), file);

        SavedModel loaded = ModelFile.load(file);

        assertThat(loaded.model().comparisons()).isEqualTo(FellegiSunterModelTest.MODEL.comparisons());
        assertThat(loaded.model().m()).isDeepEqualTo(FellegiSunterModelTest.MODEL.m());
        assertThat(loaded.model().u()).isDeepEqualTo(FellegiSunterModelTest.MODEL.u());
        assertThat(loaded.model().lambda()).isEqualTo(FellegiSunterModelTest.MODEL.lambda());
        assertThat(loaded.thresholds()).isEqualTo(new MatchThresholds(6.5, 0.0));
        assertThat(loaded.termFrequencies().frequency("surname", "jones")).isEqualTo(55 / 67.0);
        assertThat(loaded.model().weight(new int[] {0, 1, 0}))
                .isEqualTo(FellegiSunterModelTest.MODEL.weight(new int[] {0, 1, 0}));
    }

    @Test
    void saveLoad_perSourcePairPriors_roundTripAndFallBackToGlobal() throws IOException {
        Path file = dir.resolve("model.json");
        double global = FellegiSunterModelTest.MODEL.lambda();
        SourcePairPriors priors = new SourcePairPriors(global, Map.of(
                SourcePairPriors.SourcePair.of("social_care", "council_tax"), 0.004,
                SourcePairPriors.SourcePair.of("council_tax", "council_tax"), 2e-7), java.util.Set.of("council_tax"));
        ModelFile.save(new SavedModel(FellegiSunterModelTest.MODEL, new MatchThresholds(6.5, 0.0), null, priors), file);

        SavedModel loaded = ModelFile.load(file);

        assertThat(loaded.priors()).isEqualTo(priors);
        assertThat(loaded.priors().lambda("council_tax", "social_care")).isEqualTo(0.004);
        assertThat(loaded.priors().lambda("council_tax", "electoral_register")).isEqualTo(global);
        ModelFile.save(loaded, dir.resolve("again.json"));
        assertThat(Files.readAllBytes(dir.resolve("again.json"))).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void save_twice_byteIdentical() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        ModelFile.save(sample(), a);
        ModelFile.save(ModelFile.load(a), b);

        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
        assertThat(Files.readString(a, StandardCharsets.UTF_8)).contains("\"schemaVersion\" : 1").doesNotContain("\r");
    }

    @Test
    void save_withoutTermFrequencies_omitsThem() throws IOException {
        Path file = dir.resolve("model.json");
        ModelFile.save(new SavedModel(FellegiSunterModelTest.MODEL, new MatchThresholds(1, 1), null), file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain("termFrequencies")
                .doesNotContain("sourcePairs");
        assertThat(ModelFile.load(file).termFrequencies()).isNull();
    }

    @Test
    void load_missingFile_namesIt() {
        Path file = dir.resolve("absent.json");

        assertThatThrownBy(() -> ModelFile.load(file)).isInstanceOf(ResidentIndexException.class)
                .hasMessageContaining("absent.json").hasMessageContaining("does not exist");
    }

    @Test
    void load_malformedJson_namesFileLineAndColumn() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"schemaVersion\": 1,\n  \"lambda\": oops\n}", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ModelFile.load(file)).isInstanceOf(ResidentIndexException.class)
                .hasMessageContaining("bad.json").hasMessageContaining("line 3").hasMessageNotContaining("oops");
    }

    @Test
    void load_wrongSchemaOrMissingPart_explains() throws IOException {
        Path v2 = dir.resolve("v2.json");
        Files.writeString(v2, "{\"schemaVersion\": 2}", StandardCharsets.UTF_8);
        Path noLambda = dir.resolve("nolambda.json");
        Files.writeString(noLambda, "{\"schemaVersion\": 1, \"thresholds\": {\"link\": 1, \"review\": 0}}",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ModelFile.load(v2)).hasMessageContaining("schema version 2");
        assertThatThrownBy(() -> ModelFile.load(noLambda)).hasMessageContaining("'lambda'");
    }
}
