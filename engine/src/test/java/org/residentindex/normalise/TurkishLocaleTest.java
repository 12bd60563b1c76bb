package org.residentindex.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.residentindex.ingest.ColumnMapper;
import org.residentindex.ingest.ColumnMapping;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.model.CanonicalField;
import org.residentindex.model.NormalisedRecord;
import org.residentindex.model.SourceRecord;

/** Every normaliser under a Turkish default locale, where "I".toLowerCase() is "ı" and "i".toUpperCase() "İ". */
class TurkishLocaleTest {

    private Locale saved;

    @BeforeEach
    void turkish() {
        saved = Locale.getDefault();
        Locale.setDefault(new Locale("tr", "TR"));
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    @Test
    void names_capitalI_foldToDottedI() {
        NameNormaliser names = new NameNormaliser();
        assertThat(names.normalise("IEUAN")).isEqualTo("ieuan");
        assertThat(names.normalise("GWILYM WILLIAMS")).isEqualTo("gwilym williams");
        assertThat(names.normalise("İsmail")).isEqualTo("ismail");
        assertThat(names.normalise("MISS LIZZIE")).isEqualTo("lizzie");
        assertThat(NameEquivalence.standard().keys("WILLIAM")).contains("william");
        assertThat(NameEquivalence.standard().keys("BILLY")).contains("william");
        assertThat(new WelshPhonetic().normalise("IFAN")).isEqualTo(new WelshPhonetic().normalise("evan"));
        assertThat(new Phonetics().normalise("WILLIAMS").metaphone()).isEqualTo("ALMS");
    }

    @Test
    void headersPostcodesDates_unaffected() {
        assertThat(ColumnMapper.lookup("FIRST_NAME")).isEqualTo(CanonicalField.GIVEN_NAME);
        assertThat(ColumnMapper.lookup("CITY")).isEqualTo(CanonicalField.TOWN);
        assertThat(CanonicalField.fromKey("uprn")).contains(CanonicalField.UPRN);
        assertThat(CanonicalField.GIVEN_NAME.key()).isEqualTo("given_name");
        assertThat(new PostcodeParser().normalise("li1 1ai").valid()).isFalse();
        assertThat(new PostcodeParser().normalise("ll57 2dg").normalised()).isEqualTo("LL57 2DG");
        assertThat(new DateParser(LocalDate.of(2026, 1, 1), null).normalise("3 IONAWR 1980").date())
                .isEqualTo(LocalDate.of(1980, 1, 3));
        ColumnMapping m = new ColumnMapper().map(List.of("ID", "FIRST_NAME", "TITLE"), SourceConfig.of(Path.of("a.csv")));
        assertThat(m.fields()).containsEntry(CanonicalField.TITLE, "TITLE");
    }

    @Test
    void recordNormaliser_wholeRecord_sameAsUnderRoot() {
        SourceRecord r = new SourceRecord("s", 2, "1", Map.of(CanonicalField.FULL_NAME, "WILLIAMS, MISS İRIS",
                CanonicalField.ADDRESS, "14 HEOL Y BRYN, CAERFYRDDIN, SA31 1AB"), Map.of());
        NormalisedRecord tr = new RecordNormaliser(LocalDate.of(2026, 1, 1), null).normalise(r);
        Locale.setDefault(Locale.ROOT);
        NormalisedRecord root = new RecordNormaliser(LocalDate.of(2026, 1, 1), null).normalise(r);
        assertThat(tr).isEqualTo(root);
        assertThat(tr.givenName()).isEqualTo("iris");
        assertThat(tr.address().streetKey()).isEqualTo("bryn|road");
    }
}
