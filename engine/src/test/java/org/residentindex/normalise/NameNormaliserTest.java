package org.residentindex.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class NameNormaliserTest extends NormaliserContract<String> {

    private final NameNormaliser names = new NameNormaliser();

    @Override
    Normaliser<String> normaliser() {
        return names;
    }

    @Override
    List<String> samples() {
        return List.of("Mr O'Brien", "LLOYD-JONES", "Siân", "Gwenllïan", "  Dafydd  ap  Rhys ", "İsmail", "ISAAC",
                "Parch. Huw", "o’brien", "Ms", "Jean-Luc");
    }

    @Override
    Function<String, String> text() {
        return Function.identity();
    }

    @Test
    void normalise_titlesApostrophesHyphensAccents_folded() {
        assertThat(names.normalise("Mr O'Brien")).isEqualTo("obrien");
        assertThat(names.normalise("o’brien")).isEqualTo("obrien");
        assertThat(names.normalise("Lloyd-Jones")).isEqualTo("lloyd jones");
        assertThat(names.normalise("SIÂN")).isEqualTo("sian");
        assertThat(names.normalise("Gwenllïan")).isEqualTo("gwenllian");
        assertThat(names.normalise("Parch. Huw")).isEqualTo("huw");
    }

    @Test
    void parse_surnameCommaForenameFullName_splitsAndKeepsMiddleNames() {
        PersonName n = names.parse(null, null, null, null, "JONES, Dr Siân Elen Mair");
        assertThat(n.title()).isEqualTo("dr");
        assertThat(n.givenDisplay()).isEqualTo("Siân");
        assertThat(n.given()).isEqualTo("sian");
        assertThat(n.middleNames()).containsExactly("elen", "mair");
        assertThat(n.surname()).isEqualTo("jones");
        assertThat(n.surnameDisplay()).isEqualTo("JONES");
    }

    @Test
    void parse_fullNameWithoutComma_firstGivenLastSurname() {
        PersonName n = names.parse(null, null, null, null, "Mrs Gwenllïan Angharad Lloyd-Jones");
        assertThat(n.title()).isEqualTo("mrs");
        assertThat(n.given()).isEqualTo("gwenllian");
        assertThat(n.givenDisplay()).isEqualTo("Gwenllïan");
        assertThat(n.middleNames()).containsExactly("angharad");
        assertThat(n.surname()).isEqualTo("lloyd jones");
    }

    @Test
    void parse_givenColumnWithTwoNames_secondBecomesMiddle() {
        PersonName n = names.parse("Mr", "John Paul", "George", "Smith", null);
        assertThat(n.title()).isEqualTo("mr");
        assertThat(n.given()).isEqualTo("john");
        assertThat(n.middleNames()).containsExactly("paul", "george");
        assertThat(n.surname()).isEqualTo("smith");
    }

    @Test
    void parse_surnameColumnHoldingSurnameCommaForename_splits() {
        PersonName n = names.parse(null, null, null, "EVANS, Ieuan", null);
        assertThat(n.given()).isEqualTo("ieuan");
        assertThat(n.surname()).isEqualTo("evans");
    }

    @Test
    void parse_allNull_emptyName() {
        PersonName n = names.parse(null, null, null, null, null);
        assertThat(n.given()).isNull();
        assertThat(n.surname()).isNull();
        assertThat(n.middleNames()).isEmpty();
    }

    @Test
    void parse_surnameThatIsATitleWord_kept() {
        assertThat(names.parse(null, "Anne", null, "Lord", null).surname()).isEqualTo("lord");
    }
}
