package org.residentindex.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.residentindex.model.Postcode;

class PostcodeParserTest extends NormaliserContract<Postcode> {

    private final PostcodeParser parser = new PostcodeParser();

    @Override
    Normaliser<Postcode> normaliser() {
        return parser;
    }

    @Override
    List<String> samples() {
        return List.of("sa31 1ab", "SA311AB", " cf10  1aa ", "W1A 0AX", "EC1A 1BB", "M1 1AE", "2119", "QA1 1AA",
                "gir0aa", "sa31 1ib");
    }

    @Override
    Function<Postcode, String> text() {
        return Postcode::normalised;
    }

    @Test
    void normalise_anySpacingAndCase_oneCanonicalForm() {
        Postcode p = parser.normalise(" sa311ab ");
        assertThat(p.valid()).isTrue();
        assertThat(p.normalised()).isEqualTo("SA31 1AB");
        assertThat(p.area()).isEqualTo("SA");
        assertThat(p.district()).isEqualTo("SA31");
        assertThat(p.sector()).isEqualTo("SA31 1");
        assertThat(p.unit()).isEqualTo("SA31 1AB");
        assertThat(p.raw()).isEqualTo(" sa311ab ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB", "GIR 0AA", "LL57 2DG",
        "NP20 4UR", "CF10 1EP", "SY23 3HY"})
    void normalise_officialShapes_valid(String raw) {
        assertThat(parser.normalise(raw).valid()).as(raw).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2119", "QA1 1AA", "AI1 1AA", "SA31 1CA", "SA31", "SA31 1A", "12345 6AB", "SA31 1AB X"})
    void normalise_badShapes_invalidButKept(String raw) {
        Postcode p = parser.normalise(raw);
        assertThat(p.valid()).as(raw).isFalse();
        assertThat(p.raw()).isEqualTo(raw);
        assertThat(p.district()).isNull();
    }

    @Test
    void normalise_areaOfOneLetterPostcode() {
        assertThat(parser.normalise("M1 1AE").area()).isEqualTo("M");
        assertThat(parser.normalise("EC1A 1BB").district()).isEqualTo("EC1A");
    }

    @Test
    void normalise_blank_null() {
        assertThat(parser.normalise(" ")).isNull();
    }
}
