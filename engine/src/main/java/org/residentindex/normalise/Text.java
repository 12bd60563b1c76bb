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

    private Text() {
    }

    /** Lower case, no diacritics, one space between words, trimmed; null when blank. */
    public static String fold(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        if (isAscii(s)) {
            return foldAscii(s);
        }
        String lower = Normalizer.normalize(s, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        String plain = MARKS.matcher(lower).replaceAll("")
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'')
                .replace('\u2010', '-').replace('\u2013', '-').replace('\u2014', '-')
                .replace('\u0131', 'i');
        String collapsed = collapse(plain, false);
        return collapsed.isEmpty() ? null : collapsed;
    }

    /**
     * {@link #fold} of a pure ASCII string by one scan, without {@link Normalizer} or regular expressions: NFD
     * and mark removal do nothing to ASCII, so only case, the backquote and whitespace runs change. Gives exactly
     * what the general path gives.
     */
    private static String foldAscii(String s) {
        String collapsed = collapse(s, true);
        return collapsed.isEmpty() ? null : collapsed;
    }

    /**
     * Runs of regex {@code \s} characters replaced by one space, then {@link String#trim()}; with {@code asciiFold}
     * also A–Z lower-cased and the backquote made an apostrophe. Same result as regex {@code \s+} → " " then trim.
     */
    private static String collapse(String s, boolean asciiFold) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isRegexSpace(c)) {
                space = true;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            if (asciiFold && c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            } else if (asciiFold && c == '`') {
                c = '\'';
            }
            b.append(c);
        }
        if (space) {
            b.append(' ');
        }
        return b.toString().trim();
    }

    /** The characters of {@code s} from {@code first} to {@code last}, in order (a hand scan, not a per-call regex). */
    static String keepRange(String s, char first, char last) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= first && c <= last) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** True when every char of {@code s} is below 128. */
    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** The characters of regex {@code \s} without UNICODE_CHARACTER_CLASS: space, \t \n \x0B \f \r. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** {@link #fold} keeping only letters, digits and single spaces (punctuation becomes a space). */
    public static String foldWords(String s) {
        if (s != null && isAscii(s)) {
            return foldWordsAscii(s);
        }
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

    /**
     * {@link #foldWords} of a pure ASCII string in one scan: letters and digits kept (lower case), apostrophes and
     * backquotes dropped, any other run of characters one space; the same result as folding, mapping and
     * folding again.
     */
    private static String foldWordsAscii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            } else if (c != '\'' && c != '`') {
                space = true;
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** Trimmed with whitespace collapsed, case and accents kept (for display); null when blank. */
    public static String clean(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return collapse(s, false);
    }
}
