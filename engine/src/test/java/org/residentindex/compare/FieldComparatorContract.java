package org.residentindex.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.residentindex.score.ComparisonSpec;

/** The contract every {@link FieldComparator} keeps; each implementation's test extends this. */
abstract class FieldComparatorContract {

    abstract FieldComparator comparator();

    /** Present values of the field, varied enough to reach several levels. */
    abstract List<String> samples();

    @Test
    void compare_anyTwoSamples_isSymmetric() {
        FieldComparator c = comparator();
        for (String a : samples()) {
            for (String b : samples()) {
                assertThat(c.level(a, b)).as("%s / %s", a, b).isEqualTo(c.level(b, a));
            }
        }
    }

    @Test
    void compare_equalValues_isLevelZero() {
        for (String a : samples()) {
            assertThat(comparator().compare(a, a)).isZero();
            assertThat(comparator().level(a, new String(a))).isZero();
        }
    }

    @Test
    void level_anyTwoSamples_isWithinTheLevels() {
        FieldComparator c = comparator();
        for (String a : samples()) {
            for (String b : samples()) {
                assertThat(c.level(a, b)).isBetween(0, c.spec().levelCount() - 1);
            }
        }
    }

    @Test
    void level_missingSide_isNullLevel() {
        String a = samples().get(0);
        assertThat(comparator().level(a, null)).isEqualTo(ComparisonSpec.NULL_LEVEL);
        assertThat(comparator().level(null, a)).isEqualTo(ComparisonSpec.NULL_LEVEL);
        assertThat(comparator().level("", a)).isEqualTo(ComparisonSpec.NULL_LEVEL);
    }

    @Test
    void spec_lastLevel_isElse() {
        List<String> levels = comparator().spec().levels();
        assertThat(levels.get(levels.size() - 1)).isEqualTo("else");
    }
}
