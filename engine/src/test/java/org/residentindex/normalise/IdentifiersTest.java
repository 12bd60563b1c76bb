package org.residentindex.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.residentindex.model.Sex;

class IdentifiersTest {

    @Test
    void uprn_digitsOnly_numberElseNull() {
        assertThat(Identifiers.uprn("10004567890")).isEqualTo(10004567890L);
        assertThat(Identifiers.uprn(" 100.0")).isEqualTo(100L);
        assertThat(Identifiers.uprn("1000456789012")).isNull();
        assertThat(Identifiers.uprn("UPRN123")).isNull();
        assertThat(Identifiers.uprn(null)).isNull();
    }

    @Test
    void niNumber_spacesAndCase_normalisedAndChecked() {
        String n = Identifiers.niNumber("ab 12 34 56 c");
        assertThat(n).isEqualTo("AB123456C");
        assertThat(Identifiers.niNumber(n)).isEqualTo(n);
        assertThat(Identifiers.isValidNiNumber(n)).isTrue();
        assertThat(Identifiers.isValidNiNumber("QQ123456C")).isFalse();
        assertThat(Identifiers.isValidNiNumber("GB123456A")).isFalse();
    }

    @Test
    void phone_formats_sameDigits() {
        assertThat(Identifiers.phone("+44 (0)1267 234567")).isEqualTo("01267234567");
        assertThat(Identifiers.phone("01267 234567")).isEqualTo("01267234567");
        assertThat(Identifiers.phone("0044 1267 234567")).isEqualTo("01267234567");
        assertThat(Identifiers.phone(Identifiers.phone("+441267234567"))).isEqualTo("01267234567");
        assertThat(Identifiers.phone("n/a")).isNull();
    }

    @Test
    void emailAndSex_normalised() {
        assertThat(Identifiers.email(" Sian.Jones@Example.ORG ")).isEqualTo("sian.jones@example.org");
        assertThat(Identifiers.sex("Female")).isEqualTo(Sex.FEMALE);
        assertThat(Identifiers.sex("gwryw")).isEqualTo(Sex.MALE);
        assertThat(Identifiers.sex("?")).isEqualTo(Sex.UNKNOWN);
        assertThat(Identifiers.sex(null)).isEqualTo(Sex.UNKNOWN);
    }
}
