package org.residentindex.ingest.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.residentindex.model.CanonicalField;

/** Headers with capital I and values with dotted letters are read the same under a Turkish default locale. */
class RecogniseTurkishLocaleTest {

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
    void recognise_capitalIHeaders_sameFields() {
        assertThat(HeaderRecogniser.field("TITLE")).isEqualTo(CanonicalField.TITLE);
        assertThat(HeaderRecogniser.field("CLIENT_ID")).isNull();
        assertThat(HeaderRecogniser.recognise("CLIENT_ID").kind()).isEqualTo(HeaderMatch.Kind.ID_LIKE);
        assertThat(HeaderRecogniser.field("LIABLE_PARTY_FORENAME")).isEqualTo(CanonicalField.GIVEN_NAME);
        assertThat(HeaderRecogniser.field("DATE_OF_BIRTH")).isEqualTo(CanonicalField.DATE_OF_BIRTH);
        assertThat(HeaderRecogniser.field("NINO")).isEqualTo(CanonicalField.NI_NUMBER);
    }

    @Test
    void recognise_upperCaseGivenNames_stillGivenNames() {
        List<ValueMatch> m = new ValueRecogniser(LocalDate.of(2026, 12, 1), null)
                .recognise(List.of("DAVID", "ELIZABETH", "WILLIAM", "IEUAN", "SIAN", "EMILY"));
        assertThat(m.get(0).field()).isEqualTo(CanonicalField.GIVEN_NAME);
        assertThat(m.get(0).reason()).contains("100%");
    }
}
