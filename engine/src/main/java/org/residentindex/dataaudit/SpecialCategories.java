package org.residentindex.dataaudit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.residentindex.ingest.ColumnMapper;

/**
 * Recognises UK GDPR Article 9 special-category data (health, social care, ethnicity, religion, sexual
 * orientation) from a column's header or its values, and social care from a dataset's name, using the keyword
 * table {@code special-category.txt} beside this class. A header matches when its normalised form contains a
 * keyword's normalised form; a value matches when its lower-case words contain a keyword phrase. This is a lead for
 * the information manager, not a legal classification: the register says which column and why. Thread-safe.
 */
public final class SpecialCategories {

    private static final Map<String, List<String>> KEYWORDS = load();

    private SpecialCategories() {
    }

    /** The categories a header names, sorted; empty when none. */
    public static Set<String> ofHeader(String header) {
        String h = ColumnMapper.normaliseHeader(header);
        Set<String> found = new TreeSet<>();
        KEYWORDS.forEach((category, words) -> {
            for (String w : words) {
                if (h.contains(ColumnMapper.normaliseHeader(w))) {
                    found.add(category);
                }
            }
        });
        return found;
    }

    /** The categories a value's words name, sorted; empty when none. */
    public static Set<String> ofValue(String value) {
        String v = " " + value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim() + " ";
        Set<String> found = new TreeSet<>();
        KEYWORDS.forEach((category, words) -> {
            for (String w : words) {
                if (v.contains(" " + w + " ")) {
                    found.add(category);
                }
            }
        });
        return found;
    }

    /** The categories in a dataset's own name ("social_care" → social_care). */
    public static Set<String> ofDatasetName(String name) {
        return ofValue(name.replace('_', ' '));
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        try (InputStream in = SpecialCategories.class.getResourceAsStream("special-category.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                List<String> words = new ArrayList<>();
                for (String w : line.substring(colon + 1).split(",")) {
                    words.add(w.trim().toLowerCase(Locale.ROOT));
                }
                map.put(line.substring(0, colon).trim(), List.copyOf(words));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
