package org.residentindex.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Normaliser} meets: null-safe, never throws, idempotent on its text form and
 * independent of the default locale. Subclasses give the normaliser, sample inputs and the text form.
 */
abstract class NormaliserContract<T> {

    abstract Normaliser<T> normaliser();

    /** Inputs including awkward ones; each subclass adds its field's real-world shapes. */
    abstract List<String> samples();

    /** Text form of an output, fed back for the idempotence check (null when the output has none). */
    abstract Function<T, String> text();

    private static final List<String> AWKWARD = List.of("", " ", "\t", "???", "İIıi", "ẞ", "\u0000", "a,b;c|d",
            "'\"", "12345678901234567890", "Ŵŷ", "\uFFFD");

    @Test
    void normalise_null_returnsWithoutThrowing() {
        assertThatCode(() -> normaliser().normalise(null)).doesNotThrowAnyException();
    }

    @Test
    void normalise_awkwardInputs_neverThrows() {
        for (String s : AWKWARD) {
            assertThatCode(() -> normaliser().normalise(s)).as(s).doesNotThrowAnyException();
        }
    }

    @Test
    void normalise_appliedToItsOwnOutput_isUnchanged() {
        for (String s : samples()) {
            T once = normaliser().normalise(s);
            String onceText = once == null ? null : text().apply(once);
            if (onceText != null) {
                T twice = normaliser().normalise(onceText);
                assertThat(twice == null ? null : text().apply(twice)).as(s).isEqualTo(onceText);
            }
        }
    }

    @Test
    void normalise_underTurkishAndGermanLocales_sameAsRoot() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            List<T> root = samples().stream().map(normaliser()::normalise).toList();
            for (Locale l : List.of(new Locale("tr", "TR"), Locale.GERMANY, new Locale("az"))) {
                Locale.setDefault(l);
                assertThat(samples().stream().map(normaliser()::normalise).toList()).as(l.toString()).isEqualTo(root);
            }
        } finally {
            Locale.setDefault(saved);
        }
    }
}
