package org.residentindex.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameEquivalenceTest {

    private final NameEquivalence eq = NameEquivalence.standard();

    @Test
    void keys_welshForms_mapToEnglishCanonical() {
        assertThat(eq.keys("Dai")).containsExactly("david");
        assertThat(eq.keys("Dafydd")).contains("david");
        assertThat(eq.keys("Gwilym")).contains("william");
        assertThat(eq.keys("Siôn")).contains("john");
        assertThat(eq.keys("SIÂN")).contains("jane");
        assertThat(eq.keys("Ieuan")).contains("evan");
        assertThat(eq.keys("Huw")).contains("hugh");
    }

    @Test
    void keys_englishNicknames_mapToCanonical() {
        assertThat(eq.keys("Bill")).contains("william");
        assertThat(eq.keys("Peggy")).contains("margaret");
        assertThat(eq.keys("william")).contains("william");
    }

    @Test
    void equivalent_acrossWelshAndNickname_true() {
        assertThat(eq.equivalent("Dai", "Dave")).isTrue();
        assertThat(eq.equivalent("Gwilym", "Bill")).isTrue();
        assertThat(eq.equivalent("Megan", "Peggy")).isTrue();
        assertThat(eq.equivalent("Siân", "Jane")).isTrue();
        assertThat(eq.equivalent("Dafydd", "Gwilym")).isFalse();
    }

    @Test
    void keys_unknownName_isItselfFolded() {
        assertThat(eq.keys("Ffion")).containsExactly("ffion");
        assertThat(eq.keys("Gwenllïan")).containsExactly("gwenllian");
    }

    @Test
    void keys_nullOrBlank_empty() {
        assertThat(eq.keys(null)).isEmpty();
        assertThat(eq.keys("  ")).isEmpty();
    }
}
