package org.residentindex.normalise;

/**
 * A simple phonetic key that knows Welsh spelling, for blocking where Soundex fails (DOMAIN.md): Welsh digraphs
 * are single sounds (ll → l, rh → r, ff/ph → f, dd and th → one dental sound, ch → x), a single f is /v/ (so
 * Dafis ≡ Davies, Ifan ≡ Evan), initial si+vowel and sh sound like j (Siân ≡ Jane, Siôn ≡ John), initial gw before
 * a vowel drops its g (Gwilym ≡ William, a soft-mutation pattern), a final gh is silent (Hugh ≡ Huw), c is k except
 * in a final ce (Price ≡ Prys ≡ Preece). Then vowels (a e i o u w y) and h are dropped after the first letter
 * (an initial vowel is kept as A), repeated letters collapse and one final s is dropped (Williams ≡ William).
 * Null-safe, idempotent in the sense that equal inputs give equal keys; locale-independent.
 */
public final class WelshPhonetic implements Normaliser<String> {

    @Override
    public String normalise(String raw) {
        String f = Text.foldWords(raw);
        if (f == null) {
            return null;
        }
        String s = lettersOnly(f);
        if (s.isEmpty()) {
            return null;
        }
        if (s.startsWith("gw") && s.length() > 2 && isVowel(s.charAt(2))) {
            s = s.substring(1);
        }
        if (s.startsWith("si") && s.length() > 2 && isVowel(s.charAt(2))) {
            s = "J" + s.substring(2);
        }
        if (s.endsWith("gh")) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.isEmpty()) {
            // "gh" alone: nothing left to key (this used to throw)
            return null;
        }
        if (s.endsWith("ce")) {
            s = s.substring(0, s.length() - 2) + "s";
        }
        s = s.replace("sh", "J")
                .replace("ch", "x")
                .replace("ll", "l")
                .replace("rh", "r")
                .replace("dd", "0")
                .replace("th", "0")
                .replace("ff", "F")
                .replace("ph", "F")
                .replace("f", "v")
                .replace("F", "f")
                .replace("j", "J")
                .replace("c", "k")
                .replace("q", "k")
                .replace("z", "s");
        StringBuilder key = new StringBuilder();
        char first = s.charAt(0);
        key.append(isVowel(first) ? 'A' : first);
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isVowel(c) || c == 'h') {
                continue;
            }
            if (key.charAt(key.length() - 1) != c) {
                key.append(c);
            }
        }
        if (key.length() > 2 && key.charAt(key.length() - 1) == 's') {
            key.setLength(key.length() - 1);
        }
        return key.toString();
    }

    /** The a–z characters of {@code s}, in order. */
    static String lettersOnly(String s) {
        return Text.keepRange(s, 'a', 'z');
    }

    private static boolean isVowel(char c) {
        return "aeiouwy".indexOf(c) >= 0;
    }
}
