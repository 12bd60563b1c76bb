package org.residentindex.dataaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The English and Welsh bundles of the register hold the same keys, and every key the pages use. */
class MessagesTest {

    @Test
    void bundles_englishAndWelsh_haveExactlyTheSameKeys() {
        Set<String> en = new TreeSet<>(Messages.of("en").bundle().keySet());
        Set<String> cy = new TreeSet<>(Messages.of("cy").bundle().keySet());
        assertThat(cy).isEqualTo(en);
        assertThat(en).hasSizeGreaterThan(100);
    }

    @Test
    void bundles_everyKeyTheRegisterUses_existsInBoth() {
        List<String> used = new ArrayList<>();
        for (DataItem i : DataItem.values()) {
            used.add("item." + i.key());
            if (i != DataItem.ADDRESS && i != DataItem.UPRN) {
                used.add("check." + i.key());
            }
        }
        used.add("check.uprn");
        used.add("check.uprn_gazetteer");
        for (StandardItem s : StandardItem.values()) {
            used.add("standard." + s.key());
            used.add("rule." + s.key());
        }
        for (String p : Formats.DATE_PATTERNS) {
            used.add("format." + p);
        }
        for (String code : List.of(Formats.OTHER, "upper", "lower", "capitalised", "mixed", "separate",
                "surname_first", "full_name", "one_line", "lines", "structured", "upper_spaced", "upper_compact",
                "letter", "word", "digit", "compact", "spaced", "uprn", "none")) {
            used.add("format." + code);
        }
        for (String c : List.of("health", "social_care", "ethnicity", "religion", "sexual_orientation")) {
            used.add("category." + c);
        }
        for (String k : List.of("own_reference", "uprn", "ni_number")) {
            used.add("key." + k);
        }
        for (String lang : Messages.LANGUAGES) {
            Set<String> keys = Messages.of(lang).bundle().keySet();
            assertThat(keys).as(lang).containsAll(used);
        }
    }

    @Test
    void bundles_welsh_isNotACopyOfTheEnglish() {
        Messages en = Messages.of("en");
        Messages cy = Messages.of("cy");
        long same = en.bundle().keySet().stream().filter(k -> !k.startsWith("format.") && !k.startsWith("key.")
                && en.get(k).equals(cy.get(k))).count();
        // only names that are the same in both languages (UPRN) may repeat
        assertThat(same).isLessThanOrEqualTo(2);
        assertThat(cy.get("title")).isNotEqualTo(en.get("title"));
    }

    @Test
    void messages_placeholders_areFilledWithoutTheDefaultLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            assertThat(Messages.of("cy").format("headline.collection", "dyddiad geni", 5, "61.0%", "1.1%"))
                    .isEqualTo("Mae 5 gwasanaeth yn dal dyddiad geni; mae gan 61.0% o\u2019r preswylwyr"
                            + " sydd \u00e2\u2019r"
                            + " eitem hi mewn 3 neu fwy; maen nhw\u2019n anghytuno ar gyfer 1.1%.");
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }
}
