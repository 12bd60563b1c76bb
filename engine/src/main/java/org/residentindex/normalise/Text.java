package org.residentindex.normalise;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Locale-independent text folding shared by the normalisers: lower case with {@link Locale#ROOT}, diacritics
 * removed (Siân → sian, Gwenllïan → gwenllian), typographic apostrophes and dashes unified, whitespace collapsed.
 * All methods are null-safe (null or blank → null) and idempotent.
 */
public final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Text() {
    }

    /** Lower case, no diacritics, one space between words, trimmed; null when blank. */
    public static String fold(String s) {
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

    /** {@link #fold} keeping only letters, digits and single spaces (punctuation becomes a space). */
    public static String foldWords(String s) {
        String f = fold(s);
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
        return fold(b.toString());
    }

    /** Trimmed with whitespace collapsed, case and accents kept (for display); null when blank. */
    public static String clean(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return SPACES.matcher(s).replaceAll(" ").trim();
    }
}
