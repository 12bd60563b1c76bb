package org.residentindex.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.residentindex.ResidentIndexException;

/**
 * The Welsh ↔ English word pairs the Lucene query analyzer expands both ways: street descriptors (Heol/Road,
 * Lôn/Lane …), street name words (Eglwys/Church …) and towns (Caerfyrddin/Carmarthen …). Read from the
 * normalise package's bundled tables, so matching and normalising share one vocabulary. (Adapter: the
 * normaliser keeps those tables package-private, so they are read here as classpath resources.)
 */
public final class StreetWords {

    private static final String DIR = "/org/residentindex/normalise/";
    private static final List<String[]> PAIRS = load();

    private StreetWords() {
    }

    /** Pairs of equivalent folded words or phrases, in table order. */
    public static List<String[]> synonymPairs() {
        return PAIRS;
    }

    private static List<String[]> load() {
        List<String[]> pairs = new ArrayList<>();
        // "key: english forms | welsh forms": every form is equivalent to the key.
        for (String line : lines("street-descriptors.txt")) {
            String key = line.substring(0, line.indexOf(':')).trim();
            for (String form : line.substring(line.indexOf(':') + 1).replace('|', ',').split(",")) {
                addPair(pairs, form, key);
            }
        }
        // "welsh: english" and "key: form, form".
        for (String file : List.of("street-words.txt", "towns.txt")) {
            for (String line : lines(file)) {
                String key = line.substring(0, line.indexOf(':')).trim();
                for (String form : line.substring(line.indexOf(':') + 1).split(",")) {
                    addPair(pairs, form, key);
                }
            }
        }
        return List.copyOf(pairs);
    }

    private static void addPair(List<String[]> pairs, String form, String key) {
        String a = Text.fold(form);
        String b = Text.fold(key);
        if (a != null && b != null && !a.equals(b)) {
            pairs.add(new String[] {a, b});
        }
    }

    private static List<String> lines(String name) {
        try (InputStream in = StreetWords.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new ResidentIndexException("missing bundled table " + DIR + name);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (!l.isBlank() && !l.startsWith("#") && l.indexOf(':') > 0) {
                    out.add(l);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
