package org.residentindex.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExactComparatorTest extends FieldComparatorContract {

    @Override
    FieldComparator comparator() {
        return new ExactComparator("uprn");
    }

    @Override
    List<String> samples() {
        return List.of("100100123456", "100100123457", "10");
    }

    @Test
    void compare_nearMiss_isElse() {
        assertThat(comparator().compare("100100123456", "100100123457")).isEqualTo(1);
    }
}
