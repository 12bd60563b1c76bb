package org.residentindex.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-scanned ASCII paths of {@link Text} against the regex/{@link Normalizer} definitions they replaced, on
 * seeded random strings built from the characters where the two could differ (whitespace other than space,
 * control characters that {@link String#trim()} removes, apostrophes, backquotes, punctuation).
 */
class TextTest {

    private static final String ALPHABET = "aZ9 \t\n\u000B\f\r\u0001\u001C'`-,./()";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Test
    void fold_randomAscii_sameAsRegexDefinition() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String s = randomText(random);
            assertThat(Text.fold(s)).as("[%s]", s).isEqualTo(referenceFold(s));
            assertThat(Text.foldWords(s)).as("[%s]", s).isEqualTo(referenceFoldWords(s));
            assertThat(Text.clean(s)).as("[%s]", s).isEqualTo(referenceClean(s));
        }
    }

    @Test
    void foldWords_nonAscii_foldsAccentsAsBefore() {
        assertThat(Text.foldWords("  Siân   O’Brien-Ŵyn ")).isEqualTo("sian obrien wyn")
                .isEqualTo(referenceFoldWords("  Siân   O’Brien-Ŵyn "));
        assertThat(Text.foldWords("O'Brien")).isEqualTo("obrien");
        assertThat(Text.foldWords(" ,. ")).isNull();
        assertThat(Text.fold("\u0001")).isNull();
    }

    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** Text.fold as first written: NFD, lower case, marks removed, quotes unified, \s runs collapsed, trimmed. */
    private static String referenceFold(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String lower = Normalizer.normalize(s, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        String plain = MARKS.matcher(lower).replaceAll("")
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'')
                .replace('\u2010', '-').replace('\u2013', '-').replace('\u2014', '-')
                .replace('\u0131', 'i');
        String collapsed = SPACES.matcher(plain).replaceAll(" ").trim();
        return collapsed.isEmpty() ? null : collapsed;
    }

    private static String referenceFoldWords(String s) {
        String f = referenceFold(s);
        if (f == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            } else if (c != '\'') {
                b.append(' ');
            }
        }
        return referenceFold(b.toString());
    }

    private static String referenceClean(String s) {
        return s == null || s.isBlank() ? null : SPACES.matcher(s).replaceAll(" ").trim();
    }
}
