package org.residentindex.gazetteer;

import java.text.Normalizer;

/** Folding for comparison: lower case (ROOT), diacritics removed, anything but letters and digits a single space. */
final class Text {

    private Text() {
    }

    /** The folded form of {@code s}, or null when {@code s} is null or has no letters or digits. */
    static String fold(String s) {
        if (s == null) {
            return null;
        }
        String src = s;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                src = Normalizer.normalize(s, Normalizer.Form.NFD);
                break;
            }
        }
        StringBuilder b = new StringBuilder(src.length());
        boolean space = false;
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && c != '\'' && c != '\u2019') {
                space = true;
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** The postcode with spaces removed and upper-cased, or null when blank; validity is not checked here. */
    static String postcodeKey(String s) {
        String f = fold(s);
        return f == null ? null : f.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** True when {@code s} is all ASCII digits. */
    static boolean isDigits(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
