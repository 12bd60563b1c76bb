package org.residentindex.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DateOfBirthComparatorTest extends FieldComparatorContract {

    private final DateOfBirthComparator dob = new DateOfBirthComparator();

    @Override
    FieldComparator comparator() {
        return dob;
    }

    @Override
    List<String> samples() {
        return List.of("19800305", "19800503", "19800306", "19810305", "1980", "198003", "19751231", "19900101");
    }

    @Test
    void compare_dayMonthSwapped_isSwap() {
        assertThat(dob.compare("19800305", "19800503")).isEqualTo(1);
    }

    @Test
    void compare_oneDigitOff_isOneDigit() {
        assertThat(dob.compare("19800305", "19800306")).isEqualTo(2);
        assertThat(dob.compare("19800305", "19810305")).isEqualTo(2);
    }

    @Test
    void compare_sameYearOrPartial_isYear() {
        assertThat(dob.compare("19800305", "19801225")).isEqualTo(3);
        assertThat(dob.compare("19800305", "1980")).isEqualTo(3);
    }

    @Test
    void compare_differentYears_isElse() {
        assertThat(dob.compare("19800305", "19751231")).isEqualTo(4);
    }
}
