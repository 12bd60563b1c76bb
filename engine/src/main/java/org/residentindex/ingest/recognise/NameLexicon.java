package org.residentindex.ingest.recognise;

import java.util.HashSet;
import java.util.Set;
import org.residentindex.normalise.Resources;
import org.residentindex.normalise.Text;

/**
 * Given names and surnames known to the engine, used only to recognise which column holds which (never for
 * matching or weights). Given names: every name of the English nickname table and of the Welsh/English given-name
 * table under {@code org/residentindex/normalise/}, plus common Welsh names with no English form; surnames:
 * {@code org/residentindex/ingest/surnames.txt}. Folded with {@link Text#foldWords}. Immutable, thread-safe.
 */
public final class NameLexicon {

    private static final Set<String> WELSH_ONLY = Set.of("cerys", "eleri", "ffion", "rhiannon", "angharad", "gethin",
            "carys", "dylan", "rhys", "owain", "iwan", "lowri", "nia", "sioned", "bethan", "catrin", "aled", "gareth",
            "emyr", "elin", "mali", "seren", "osian", "cai", "efa", "gwen", "eirlys", "non", "heledd", "glesni",
            "hywel", "ieuan", "elis", "tomos", "dafydd", "gwilym", "huw", "sian", "sion", "megan", "alys", "llew");

    private static final NameLexicon STANDARD = new NameLexicon();

    private final Set<String> given = new HashSet<>();
    private final Set<String> surnames = new HashSet<>();

    private NameLexicon() {
        for (String line : Resources.lines("/org/residentindex/normalise/nicknames.csv")) {
            for (String part : line.split(",")) {
                add(given, part);
            }
        }
        for (String line : Resources.lines("/org/residentindex/normalise/welsh-english-names.txt")) {
            for (String part : line.replace(':', ',').split(",")) {
                add(given, part);
            }
        }
        WELSH_ONLY.forEach(n -> add(given, n));
        for (String line : Resources.lines("/org/residentindex/ingest/surnames.txt")) {
            add(surnames, line);
        }
    }

    /** The shared instance. */
    public static NameLexicon standard() {
        return STANDARD;
    }

    /** True when {@code word} (any case or accents) is a known given name. */
    public boolean isGivenName(String word) {
        String f = Text.foldWords(word);
        return f != null && given.contains(f);
    }

    /** True when {@code word} (any case or accents) is a known common surname. */
    public boolean isSurname(String word) {
        String f = Text.foldWords(word);
        return f != null && surnames.contains(f);
    }

    private static void add(Set<String> set, String raw) {
        String f = Text.foldWords(raw.trim());
        if (f != null && !f.isEmpty()) {
            set.add(f);
        }
    }
}
