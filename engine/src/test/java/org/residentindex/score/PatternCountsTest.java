package org.residentindex.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.residentindex.ResidentIndexException;

class PatternCountsTest {

    private static final List<ComparisonSpec> SPECS = List.of(
            ComparisonSpec.of("a", "exact", "else"), ComparisonSpec.of("b", "exact", "fuzzy", "else"));

    @Test
    void add_repeatedVectors_countsDistinctPatternsInFirstSeenOrder() {
        PatternCounts counts = new PatternCounts(SPECS);
        counts.add(new int[] {1, 2});
        counts.add(new int[] {-1, 0});
        counts.add(new int[] {1, 2});
        counts.add(new int[] {-1, 0}, 5);

        assertThat(counts.size()).isEqualTo(2);
        assertThat(counts.total()).isEqualTo(8);
        assertThat(counts.pattern(0)).containsExactly(1, 2);
        assertThat(counts.count(0)).isEqualTo(2);
        assertThat(counts.pattern(1)).containsExactly(-1, 0);
        assertThat(counts.count(1)).isEqualTo(6);
    }

    @Test
    void add_manyPatterns_growsAndDecodesEveryOne() {
        List<ComparisonSpec> wide = List.of(ComparisonSpec.of("x", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
                ComparisonSpec.of("y", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
                ComparisonSpec.of("z", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
        PatternCounts counts = new PatternCounts(wide);
        for (int x = -1; x < 10; x++) {
            for (int y = -1; y < 10; y++) {
                for (int z = -1; z < 10; z++) {
                    counts.add(new int[] {x, y, z}, x + 2);
                }
            }
        }
        PatternCounts merged = new PatternCounts(wide);
        merged.addAll(counts);
        merged.addAll(counts);

        assertThat(merged.size()).isEqualTo(11 * 11 * 11);
        for (int i = 0; i < merged.size(); i++) {
            assertThat(merged.count(i)).isEqualTo(2L * (merged.pattern(i)[0] + 2));
        }
    }

    @Test
    void add_levelOutOfRange_throws() {
        PatternCounts counts = new PatternCounts(SPECS);

        assertThatThrownBy(() -> counts.add(new int[] {2, 0})).isInstanceOf(ResidentIndexException.class)
                .hasMessageContaining("field 'a'");
        assertThatThrownBy(() -> counts.add(new int[] {0})).isInstanceOf(ResidentIndexException.class);
    }
}
