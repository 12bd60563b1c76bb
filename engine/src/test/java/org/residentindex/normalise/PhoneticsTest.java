package org.residentindex.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.residentindex.model.PhoneticKeys;

class PhoneticsTest extends NormaliserContract<String> {

    private final WelshPhonetic welsh = new WelshPhonetic();
    private final Phonetics phonetics = new Phonetics();

    @Override
    Normaliser<String> normaliser() {
        return welsh;
    }

    @Override
    List<String> samples() {
        return List.of("Llewellyn", "Gruffudd", "Siân", "Rhys", "Davies", "İlhan", "O'Brien");
    }

    @Override
    Function<String, String> text() {
        // the key is not itself a name, so idempotence is checked on equal inputs giving equal keys
        return s -> null;
    }

    @Test
    void welshKey_welshAndAnglicisedSpellings_collide() {
        assertThat(welsh.normalise("Llwyd")).isEqualTo(welsh.normalise("Lloyd"));
        assertThat(welsh.normalise("Rhys")).isEqualTo(welsh.normalise("Rees"));
        assertThat(welsh.normalise("Prys")).isEqualTo(welsh.normalise("Price"))
                .isEqualTo(welsh.normalise("Pryce")).isEqualTo(welsh.normalise("Preece"));
        assertThat(welsh.normalise("Dafis")).isEqualTo(welsh.normalise("Davies"));
        assertThat(welsh.normalise("Gruffudd")).isEqualTo(welsh.normalise("Griffiths"));
        assertThat(welsh.normalise("Llywelyn")).isEqualTo(welsh.normalise("Llewellyn"))
                .isEqualTo(welsh.normalise("Lewelyn"));
        assertThat(welsh.normalise("Ifan")).isEqualTo(welsh.normalise("Evan"));
        assertThat(welsh.normalise("Gwilym")).isEqualTo(welsh.normalise("William"));
        assertThat(welsh.normalise("Huw")).isEqualTo(welsh.normalise("Hugh"));
        assertThat(welsh.normalise("Siân")).isEqualTo(welsh.normalise("Jane"));
    }

    @Test
    void welshKey_differentNames_differ() {
        assertThat(welsh.normalise("Jones")).isNotEqualTo(welsh.normalise("Davies"));
        assertThat(welsh.normalise("Morgan")).isNotEqualTo(welsh.normalise("Owen"));
        assertThat(welsh.normalise("Ffion")).isNotEqualTo(welsh.normalise("Fion"));
    }

    @Test
    void welshKey_caseAndAccents_ignored() {
        assertThat(welsh.normalise("SIÔN")).isEqualTo(welsh.normalise("sion"));
    }

    @Test
    void doubleMetaphone_englishVariants_shareCode() {
        PhoneticKeys smith = phonetics.normalise("Smith");
        PhoneticKeys smyth = phonetics.normalise("Smyth");
        assertThat(smith.metaphone()).isEqualTo(smyth.metaphone()).isEqualTo("SM0");
        assertThat(phonetics.normalise("Catherine").metaphone()).isEqualTo(phonetics.normalise("Kathryn").metaphone());
        assertThat(smith.welsh()).isEqualTo(welsh.normalise("Smith"));
    }

    @Test
    void phonetics_blank_none() {
        assertThat(phonetics.normalise(" ")).isEqualTo(PhoneticKeys.none());
        assertThat(phonetics.normalise(null)).isEqualTo(PhoneticKeys.none());
    }
}
