package org.residentindex.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PostcodeComparatorTest extends FieldComparatorContract {

    private final PostcodeComparator postcode = new PostcodeComparator();

    @Override
    FieldComparator comparator() {
        return postcode;
    }

    @Override
    List<String> samples() {
        return List.of("SA31 1AB", "SA31 1XY", "SA31 2AB", "SA3 1AB", "SA15 3JP", "~4223", "~4232");
    }

    @Test
    void compare_levels_unitSectorDistrictElse() {
        assertThat(postcode.compare("SA31 1AB", "SA31 1XY")).isEqualTo(1);
        assertThat(postcode.compare("SA31 1AB", "SA31 2AB")).isEqualTo(2);
        assertThat(postcode.compare("SA31 1AB", "SA3 1AB")).isEqualTo(3);
    }

    @Test
    void compare_invalidCodes_exactOrElseOnly() {
        assertThat(postcode.compare("~4223", "~4232")).isEqualTo(3);
        assertThat(postcode.compare("~4223", "SA31 1AB")).isEqualTo(3);
    }

    @Test
    void encode_invalidPostcode_keepsRawBehindTilde() {
        assertThat(PostcodeComparator.encode(null, false, "4223")).isEqualTo("~4223");
        assertThat(PostcodeComparator.district("SA31 1AB")).isEqualTo("SA31");
        assertThat(PostcodeComparator.district("~4223")).isEqualTo("~4223");
    }
}
