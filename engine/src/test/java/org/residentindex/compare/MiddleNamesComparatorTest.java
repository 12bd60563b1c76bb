package org.residentindex.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MiddleNamesComparatorTest extends FieldComparatorContract {

    private final MiddleNamesComparator middle = new MiddleNamesComparator("middle_names");

    @Override
    FieldComparator comparator() {
        return middle;
    }

    @Override
    List<String> samples() {
        return List.of("ryan", "ryan cai", "r", "r c", "cai", "jessica", "jesica", "olivia chloe", "jessica olivia",
                "emily", "rhys", "a b c");
    }

    @Test
    void compare_sameList_isExact() {
        assertThat(middle.level("ryan cai", "ryan cai")).isZero();
    }

    @Test
    void compare_oneListPrefixOfOther_isCompatible() {
        assertThat(middle.compare("ryan", "ryan cai")).isEqualTo(1);
        assertThat(middle.compare("ryan cai", "ryan")).isEqualTo(1);
    }

    @Test
    void compare_initialsOfTheOther_isCompatible() {
        assertThat(middle.compare("r c", "ryan cai")).isEqualTo(1);
        assertThat(middle.compare("r", "ryan cai")).isEqualTo(1);
    }

    @Test
    void compare_oneNameShared_isCompatible() {
        assertThat(middle.compare("jessica olivia", "olivia chloe")).isEqualTo(1);
    }

    @Test
    void compare_typoInTheOnlyName_isClose() {
        assertThat(middle.compare("jessica", "jesica")).isEqualTo(2);
    }

    @Test
    void compare_nothingShared_isElse() {
        assertThat(middle.compare("jessica", "olivia chloe")).isEqualTo(3);
        assertThat(middle.compare("r", "cai")).isEqualTo(3);
    }

    @Test
    void level_oneSideHasNoMiddleNames_isNullLevelNotElse() {
        assertThat(middle.level("ryan", null)).isEqualTo(org.residentindex.score.ComparisonSpec.NULL_LEVEL);
        assertThat(Comparators.forField("middle_names")).isInstanceOf(MiddleNamesComparator.class);
    }
}
