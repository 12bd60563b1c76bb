package org.residentindex.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameComparatorTest extends FieldComparatorContract {

    private final NameComparator given = new NameComparator("given_name", "equivalent");

    @Override
    FieldComparator comparator() {
        return given;
    }

    @Override
    List<String> samples() {
        return List.of("dai|david", "david|david", "dafydd|david", "davyd", "sian|jane", "jane|jane", "sean|john",
                "rhiannon", "rhianon", "zebedee");
    }

    @Test
    void compare_sharedEquivalenceKey_isEquivalentLevel() {
        assertThat(given.compare("dai|david", "dafydd|david")).isEqualTo(1);
    }

    @Test
    void compare_oneLetterDropped_isFuzzyLevel() {
        assertThat(given.compare("rhiannon", "rhianon")).isEqualTo(2);
    }

    @Test
    void compare_initialAgainstItsName_isInitialLevelWhenAsked() {
        NameComparator withInitials = new NameComparator("given_name", "equivalent", true);
        assertThat(withInitials.spec().levels()).containsExactly("exact", "equivalent", "jw92", "jw88", "initial",
                "else");
        assertThat(withInitials.compare("j", "john|john")).isEqualTo(4);
        assertThat(withInitials.compare("john|john", "j")).isEqualTo(4);
        assertThat(withInitials.compare("m", "john|john")).isEqualTo(5);
        assertThat(given.compare("j", "john|john")).isEqualTo(4);
    }

    @Test
    void compare_unrelatedNames_isElse() {
        assertThat(given.compare("rhiannon", "zebedee")).isEqualTo(4);
    }

    @Test
    void compare_levelsFollowSimilarity_closerNeverWorse() {
        // exact < key < jw92 < jw88 < else: a more similar pair never gets a worse (higher) level
        assertThat(given.compare("catherine", "katherine")).isLessThanOrEqualTo(given.compare("catherine", "kathy"));
    }

    @Test
    void termOf_encodedName_isTheNameAlone() {
        assertThat(given.termOf("dai|david")).isEqualTo("dai");
    }
}
