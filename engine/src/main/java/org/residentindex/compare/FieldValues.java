package org.residentindex.compare;

import java.util.Collection;

/**
 * Encodes the multi-part values some comparators need into one string, {@code part|part|…}. Parts are normalised
 * text (folded letters, digits, spaces), which never holds {@code '|'}; a {@code '|'} inside a part is replaced by
 * a space so the encoding stays unambiguous.
 */
public final class FieldValues {

    /** The separator between parts. */
    public static final char SEPARATOR = '|';

    private FieldValues() {
    }

    /** A name with its equivalence keys: {@code dai|david}. Null when the name is missing. */
    public static String nameWithKeys(String name, Collection<String> keys) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder(clean(name));
        for (String key : keys) {
            if (key != null && !key.isEmpty()) {
                b.append(b.indexOf("|") < 0 ? SEPARATOR : ' ').append(clean(key));
            }
        }
        return b.toString();
    }

    /** A surname with its phonetic codes: {@code jones|JNS JNS}. Null when the surname is missing. */
    public static String nameWithPhonetic(String name, String... codes) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder(clean(name)).append(SEPARATOR);
        String sep = "";
        for (String code : codes) {
            if (code != null && !code.isEmpty()) {
                b.append(sep).append(clean(code));
                sep = " ";
            }
        }
        return b.toString();
    }

    /** The first part of an encoded value. */
    public static String head(String value) {
        int bar = value.indexOf(SEPARATOR);
        return bar < 0 ? value : value.substring(0, bar);
    }

    /** The words of the second part of an encoded value (empty when there is none). */
    public static String[] tailWords(String value) {
        int bar = value.indexOf(SEPARATOR);
        if (bar < 0 || bar == value.length() - 1) {
            return new String[0];
        }
        return value.substring(bar + 1).split(" ");
    }

    /** Whether two word arrays share a word. */
    static boolean intersect(String[] a, String[] b) {
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String clean(String part) {
        return part.replace(SEPARATOR, ' ').trim();
    }
}
