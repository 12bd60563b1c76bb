package org.residentindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.residentindex.insight.Characteristic;

class MessagesTest {

    @Test
    void bundles_englishAndWelsh_haveExactlyTheSameKeys() {
        Messages en = Messages.of("en");
        Messages cy = Messages.of("cy");

        assertThat(cy.keys()).containsExactlyElementsOf(en.keys());
        assertThat(en.keys()).hasSizeGreaterThan(200);
        for (String key : en.keys()) {
            assertThat(cy.t(key)).as(key).isNotBlank();
        }
    }

    @Test
    void descriptors_everyCharacteristicAndLevel_inBothAndEnglishVerbatim() {
        for (Characteristic c : Characteristic.values()) {
            for (int level = 1; level <= 3; level++) {
                String key = "desc." + c.id() + "." + level;
                assertThat(Messages.of("en").t(key)).isEqualTo(c.descriptors().get(level - 1));
                assertThat(Messages.of("cy").t(key)).isNotEqualTo(c.descriptors().get(level - 1));
            }
        }
    }

    @Test
    void facts_everyFlagFact_hasAMessageThatMatchesItsEnglish() {
        for (String key : org.residentindex.insight.Fact.keys()) {
            org.residentindex.insight.Fact fact = new org.residentindex.insight.Fact(key, java.util.List.of("3", "a#1"));
            assertThat(Messages.of("en").t("fact." + key, fact.args().toArray())).as(key).isEqualTo(fact.english());
            assertThat(Messages.of("cy").has("fact." + key)).as(key).isTrue();
        }
    }

    @Test
    void t_argumentsWithApostrophes_areKeptAsGiven() {
        assertThat(Messages.of("en").t("cause.dataset", "social care's", "6.2%", ">", "1.0%", "duplicate rate"))
                .isEqualTo("social care's duplicate rate 6.2% > 1.0%");
        assertThat(Messages.of("en").possessive("school_admissions")).isEqualTo("school admissions'");
        assertThat(Messages.of("cy").dataset("social_care")).isEqualTo("gofal cymdeithasol");
    }
}
