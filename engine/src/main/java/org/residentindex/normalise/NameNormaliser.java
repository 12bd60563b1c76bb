package org.residentindex.normalise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits and folds personal names. Titles (Mr, Mrs, Ms, Miss, Mx, Dr, Rev, Parch, Prof, Sir …) are removed from
 * the front of name values; a full name "SURNAME, Forename Middle" is split at the comma, otherwise its first
 * word is the given name, its last the surname and the words between middle names; extra words in a given-name
 * column become middle names. Never throws; null-safe; locale-independent. Thread-safe.
 */
public final class NameNormaliser implements Normaliser<String> {

    private static final Pattern SPACES = Pattern.compile(" +");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "rev", "revd",
            "reverend", "parch", "prof", "professor", "sir", "dame", "lady", "lord", "master", "mstr", "fr");

    /** Folded form of one name value (title removed), e.g. "Mr O'Brien" → "obrien"; null when blank. */
    @Override
    public String normalise(String raw) {
        List<String> words = words(raw);
        stripTitle(words, 1);
        String folded = words.isEmpty() ? null : Text.foldWords(String.join(" ", words));
        if (folded == null) {
            return null;
        }
        // folding can split one word into a title and a name ("Mr$O'Brien" -> "mr obrien"): strip the title it
        // uncovers, so that normalising the output again changes nothing (found by NormaliserFuzzTest)
        List<String> again = words(folded);
        if (again.size() > 1 && isTitle(again.get(0))) {
            stripTitle(again, 1);
            return Text.foldWords(String.join(" ", again));
        }
        return folded;
    }

    /** True when {@code word} (any case, with or without a dot) is a title. */
    public static boolean isTitle(String word) {
        String f = Text.fold(word);
        return f != null && TITLES.contains(f.endsWith(".") ? f.substring(0, f.length() - 1) : f);
    }

    /** Parts of a name from the mapped columns; any argument may be null. */
    public PersonName parse(String title, String given, String middle, String surname, String full) {
        List<String> givenWords = words(given);
        List<String> surnameWords = words(surname);
        String foundTitle = Text.foldWords(title);
        if (givenWords.isEmpty() && surnameWords.size() > 0 && surname.contains(",")) {
            full = surname;
            surnameWords = List.of();
        }
        if (givenWords.isEmpty() && surnameWords.isEmpty() && full != null) {
            String[] split = splitFull(full);
            givenWords = words(split[0]);
            surnameWords = words(split[1]);
        }
        String t = stripTitle(givenWords, 0);
        if (foundTitle == null) {
            foundTitle = t;
        }
        List<String> middles = new ArrayList<>();
        String givenDisplay = givenWords.isEmpty() ? null : givenWords.get(0);
        for (int i = 1; i < givenWords.size(); i++) {
            add(middles, givenWords.get(i));
        }
        for (String m : words(middle)) {
            add(middles, m);
        }
        String surnameDisplay = surnameWords.isEmpty() ? null : String.join(" ", surnameWords);
        return new PersonName(foundTitle, givenDisplay, Text.foldWords(givenDisplay), middles, surnameDisplay,
                Text.foldWords(surnameDisplay));
    }

    /** [given words, surname words] of a full name. */
    private static String[] splitFull(String full) {
        int comma = full.indexOf(',');
        if (comma >= 0) {
            return new String[] {full.substring(comma + 1), full.substring(0, comma)};
        }
        List<String> w = words(full);
        if (w.size() <= 1) {
            return new String[] {String.join(" ", w), null};
        }
        return new String[] {String.join(" ", w.subList(0, w.size() - 1)), w.get(w.size() - 1)};
    }

    private static void add(List<String> middles, String word) {
        String f = Text.foldWords(word);
        if (f != null) {
            middles.add(f);
        }
    }

    /** Removes leading titles, keeping at least {@code keep} words; returns the first removed, folded, or null. */
    private static String stripTitle(List<String> words, int keep) {
        String first = null;
        while (words.size() > keep && isTitle(words.get(0))) {
            String removed = Text.fold(words.remove(0));
            if (first == null) {
                first = removed.replace(".", "");
            }
        }
        return first;
    }

    private static List<String> words(String s) {
        String c = Text.clean(s);
        if (c == null) {
            return new ArrayList<>();
        }
        return new ArrayList<>(Arrays.asList(SPACES.split(c.replace(",", " ").trim())));
    }
}
