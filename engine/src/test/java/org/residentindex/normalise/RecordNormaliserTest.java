package org.residentindex.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.residentindex.model.CanonicalField;
import org.residentindex.model.DateValue;
import org.residentindex.model.NormalisedRecord;
import org.residentindex.model.QualityFlag;
import org.residentindex.model.Sex;
import org.residentindex.model.SourceRecord;

class RecordNormaliserTest {

    private final RecordNormaliser normaliser = new RecordNormaliser(LocalDate.of(2026, 1, 1), null);

    @Test
    void normalise_fullRecord_everyPartFilled() {
        Map<CanonicalField, String> v = new EnumMap<>(CanonicalField.class);
        v.put(CanonicalField.TITLE, "Mr");
        v.put(CanonicalField.GIVEN_NAME, "Dai");
        v.put(CanonicalField.SURNAME, "Llwyd");
        v.put(CanonicalField.DATE_OF_BIRTH, "03/04/1975");
        v.put(CanonicalField.SEX, "M");
        v.put(CanonicalField.ADDRESS_1, "Flat 2");
        v.put(CanonicalField.ADDRESS_2, "14 Heol y Bryn");
        v.put(CanonicalField.TOWN, "Caerfyrddin");
        v.put(CanonicalField.POSTCODE, "sa31 1ab");
        v.put(CanonicalField.UPRN, "100100123456");
        v.put(CanonicalField.PHONE, "+44 1267 234567");
        NormalisedRecord r = normaliser.normalise(new SourceRecord("ct", 7, "A1", v, Map.of("band", "C")));
        assertThat(r.source()).isEqualTo("ct");
        assertThat(r.line()).isEqualTo(7);
        assertThat(r.givenName()).isEqualTo("dai");
        assertThat(r.givenNameKeys()).containsExactly("david");
        assertThat(r.surnamePhonetic().welsh()).isEqualTo(new WelshPhonetic().normalise("Lloyd"));
        assertThat(r.dateOfBirth().date()).isEqualTo(LocalDate.of(1975, 4, 3));
        assertThat(r.flags()).containsExactly(QualityFlag.DATE_OF_BIRTH_AMBIGUOUS);
        assertThat(r.sex()).isEqualTo(Sex.MALE);
        assertThat(r.postcode().sector()).isEqualTo("SA31 1");
        assertThat(r.address().flat()).isEqualTo("flat 2");
        assertThat(r.address().streetKey()).isEqualTo("bryn|road");
        assertThat(r.address().townKey()).isEqualTo("carmarthen");
        assertThat(r.uprn()).isEqualTo(100100123456L);
        assertThat(r.phone()).isEqualTo("01267234567");
        assertThat(r.other()).containsEntry("band", "C");
    }

    @Test
    void normalise_badValues_keptAndFlaggedNeverThrown() {
        Map<CanonicalField, String> v = Map.of(CanonicalField.DATE_OF_BIRTH, "31/02/1980",
                CanonicalField.POSTCODE, "SA99", CanonicalField.UPRN, "n/a", CanonicalField.NI_NUMBER, "123",
                CanonicalField.SEX, "?");
        NormalisedRecord r = normaliser.normalise(new SourceRecord("s", 2, "1", v, Map.of()));
        assertThat(r.dateOfBirth().status()).isEqualTo(DateValue.Status.INVALID);
        assertThat(r.postcode().raw()).isEqualTo("SA99");
        assertThat(r.uprn()).isNull();
        assertThat(r.flags()).containsExactlyInAnyOrder(QualityFlag.DATE_OF_BIRTH_INVALID, QualityFlag.POSTCODE_INVALID,
                QualityFlag.UPRN_NOT_NUMERIC, QualityFlag.NI_NUMBER_INVALID, QualityFlag.SEX_UNRECOGNISED);
    }

    @Test
    void normalise_emptyRecord_allAbsent() {
        NormalisedRecord r = normaliser.normalise(new SourceRecord("s", 2, "1", Map.of(), Map.of()));
        assertThat(r.givenName()).isNull();
        assertThat(r.givenNameKeys()).isEmpty();
        assertThat(r.dateOfBirth().status()).isEqualTo(DateValue.Status.MISSING);
        assertThat(r.postcode()).isNull();
        assertThat(r.address().isEmpty()).isTrue();
        assertThat(r.flags()).isEmpty();
    }
}
