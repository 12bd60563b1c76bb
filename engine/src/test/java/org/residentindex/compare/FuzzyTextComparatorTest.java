package org.residentindex.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FuzzyTextComparatorTest extends FieldComparatorContract {

    private final FuzzyTextComparator text = new FuzzyTextComparator("other.soc_sec_id");

    @Override
    FieldComparator comparator() {
        return text;
    }

    @Override
    List<String> samples() {
        return List.of("4086030", "4086300", "1804974", "partridge street", "partridgqe street", "x");
    }

    @Test
    void compare_transposedDigits_isClose() {
        assertThat(text.compare("4086030", "4086300")).isEqualTo(1);
    }

    @Test
    void compare_unrelated_isElse() {
        assertThat(text.compare("4086030", "1804974")).isEqualTo(2);
    }
}
