package org.residentindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.residentindex.model.DateValue;
import org.residentindex.model.Postcode;

class MaskerTest {

    private final Postcode postcode = new Postcode("sa31 1ab", "SA31 1AB", true, "SA", "SA31", "SA31 1", "SA31 1AB");

    @Test
    void masking_name_initialsOnly() {
        assertThat(Masker.masking().name("Dafydd", "Jones")).isEqualTo("D. J.");
        assertThat(Masker.masking().name("Ŵyn", null)).isEqualTo("Ŵ.");
        assertThat(Masker.masking().name(null, null)).isEqualTo("(no name)");
    }

    @Test
    void masking_dateOfBirthAndPostcode_yearAndDistrict() {
        DateValue dob = DateValue.of("02/03/1984", LocalDate.of(1984, 3, 2), true);

        assertThat(Masker.masking().dateOfBirth(dob)).isEqualTo("1984");
        assertThat(Masker.masking().postcode(postcode)).isEqualTo("SA31");
        assertThat(Masker.masking().dateOfBirth(DateValue.invalid("x", "bad"))).isEmpty();
    }

    @Test
    void showing_everything_inFull() {
        DateValue dob = DateValue.of("02/03/1984", LocalDate.of(1984, 3, 2), true);

        assertThat(Masker.showing().name("Dafydd", "Jones")).isEqualTo("Dafydd Jones");
        assertThat(Masker.showing().dateOfBirth(dob)).isEqualTo("1984-03-02");
        assertThat(Masker.showing().postcode(postcode)).isEqualTo("SA31 1AB");
        assertThat(Masker.showing().notice()).contains("--show-personal-data");
        assertThat(Masker.masking().notice()).contains("masked");
    }

    @Test
    void masking_invalidPostcode_neverShown() {
        assertThat(Masker.masking().postcode(Postcode.invalid("SA3I 1AB", "SA3I 1AB"))).isEmpty();
        assertThat(List.of(Masker.masking().isMasking(), Masker.showing().isMasking())).containsExactly(true, false);
    }
}
