package org.residentindex.ingest.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.residentindex.model.CanonicalField;

class ValueRecogniserTest {

    private final ValueRecogniser plain = new ValueRecogniser(LocalDate.of(2026, 12, 1), null);

    private CanonicalField top(ValueRecogniser r, List<String> values) {
        List<ValueMatch> m = r.recognise(values);
        return m.isEmpty() ? null : m.get(0).field();
    }

    @Test
    void recognise_datesOverDecades_dateOfBirth() {
        assertThat(top(plain, List.of("12/03/1985", "01/01/1950", "1999-07-04", "3 Jan 2010", "28-Feb-1942",
                "15/11/1972"))).isEqualTo(CanonicalField.DATE_OF_BIRTH);
    }

    @Test
    void recognise_shapes_postcodeNiEmailPhoneSex() {
        assertThat(top(plain, List.of("SA31 1AB", "SA14 2PZ", "CF10 1AA", "SA15 3BD", "LL57 2EF")))
                .isEqualTo(CanonicalField.POSTCODE);
        assertThat(top(plain, List.of("AB123456C", "CY514523D", "HY 20 35 53 B", "JM123456A", "ZX987654D")))
                .isEqualTo(CanonicalField.NI_NUMBER);
        assertThat(top(plain, List.of("a@b.org", "x.y@council.gov.uk", "q@w.com", "e@r.net", "t@y.io")))
                .isEqualTo(CanonicalField.EMAIL);
        assertThat(top(plain, List.of("01267 234567", "07700 900123", "+44 1554 123456", "01792 111222", "02920 123456")))
                .isEqualTo(CanonicalField.PHONE);
        assertThat(top(plain, List.of("M", "F", "F", "M", "Male", "Female"))).isEqualTo(CanonicalField.SEX);
    }

    @Test
    void recognise_names_givenSurnameFull() {
        assertThat(top(plain, List.of("John", "Mary", "Dafydd", "Sian", "Thomas", "Ffion", "Gareth")))
                .isEqualTo(CanonicalField.GIVEN_NAME);
        assertThat(top(plain, List.of("Jones", "Brookham", "Evans", "Thornby", "Davies", "Stockridge", "Price")))
                .isEqualTo(CanonicalField.SURNAME);
        assertThat(top(plain, List.of("DAVIES, Ronald", "Mr John Smith", "Mary Evans", "HARDING, Helen", "Sian Rees")))
                .isEqualTo(CanonicalField.FULL_NAME);
    }

    @Test
    void recognise_uprns_knownToGazetteerOnly() {
        List<String> values = List.of("10004000006", "10004000012", "10004000076", "10004000134", "10004000061");
        ValueRecogniser withGazetteer = new ValueRecogniser(LocalDate.of(2026, 12, 1), u -> u > 10004000000L);
        assertThat(withGazetteer.recognise(values).get(0).field()).isEqualTo(CanonicalField.UPRN);
        assertThat(withGazetteer.recognise(values).get(0).confidence()).isGreaterThan(0.9);
        ValueRecogniser unknown = new ValueRecogniser(LocalDate.of(2026, 12, 1), u -> false);
        assertThat(unknown.recognise(values)).noneMatch(m -> m.field() == CanonicalField.UPRN);
    }

    @Test
    void recognise_reasonNeverRepeatsAValue() {
        for (ValueMatch m : plain.recognise(List.of("Jones", "Brookham", "Evans", "Thornby", "Davies"))) {
            assertThat(m.reason()).doesNotContain("Jones").doesNotContain("Brookham");
        }
    }

    @Test
    void recognise_tooFewValues_nothing() {
        assertThat(plain.recognise(List.of("SA31 1AB", "SA14 2PZ"))).isEmpty();
    }
}
