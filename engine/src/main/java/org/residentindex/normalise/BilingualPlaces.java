package org.residentindex.normalise;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Welsh/English place vocabulary from the bundled tables: street descriptors ({@code street-descriptors.txt}:
 * Heol/Road, Stryd/Street, Lôn/Lane, Ffordd/Way …), name words ({@code street-words.txt}: Eglwys/Church,
 * Fawr/High …) and towns ({@code towns.txt}: Caerfyrddin/Carmarthen, Rhydaman/Ammanford …). Inputs are folded
 * first, so case and accents do not matter. Immutable and thread-safe.
 */
public final class BilingualPlaces {

    private static final StreetParts NO_STREET = new StreetParts(null, null);
    private static final BilingualPlaces DEFAULT = new BilingualPlaces();
    private static final List<String> ARTICLES = List.of("y", "yr", "r", "the");

    private final Map<String, String> english = new HashMap<>();
    private final Map<String, String> welsh = new HashMap<>();
    private final Map<String, String> words = new HashMap<>();
    private final Map<String, String> towns = new HashMap<>();
    /** Memo of {@link #street}: street, locality and town lines repeat a lot; bounded. */
    private final Cache<String, StreetParts> streets = Caffeine.newBuilder().maximumSize(50_000).build();

    /** A street split into its name words and descriptor key; either may be null. */
    public record StreetParts(String name, String descriptorKey) {

        /** {@code name|descriptorKey}, with empty strings for absent parts. */
        public String key() {
            return (name == null ? "" : name) + "|" + (descriptorKey == null ? "" : descriptorKey);
        }
    }

    private BilingualPlaces() {
        for (String line : Resources.lines("street-descriptors.txt")) {
            int colon = line.indexOf(':');
            String key = Text.foldWords(line.substring(0, colon));
            String[] sides = line.substring(colon + 1).split("\\|", -1);
            putAll(english, sides[0], key);
            putAll(welsh, sides[1], key);
        }
        Resources.keyed("street-words.txt").forEach((w, en) -> words.put(w, en.get(0)));
        Resources.keyed("towns.txt").forEach((key, forms) -> {
            towns.put(compact(key), key);
            forms.forEach(f -> towns.put(compact(f), key));
        });
    }

    private static void putAll(Map<String, String> map, String forms, String key) {
        for (String f : forms.split(",")) {
            String folded = Text.foldWords(f);
            if (folded != null) {
                map.put(folded, key);
            }
        }
    }

    /** The shared instance. */
    public static BilingualPlaces standard() {
        return DEFAULT;
    }

    /** True when a word of {@code street} is a descriptor in the position its language puts it. */
    public boolean hasDescriptor(String street) {
        return street(street).descriptorKey() != null;
    }

    /**
     * Splits a street: an English descriptor as the last word ("Bryn Road") or a Welsh one as the first
     * ("Heol y Bryn"); Welsh articles after it are dropped and Welsh name words mapped to English, so both give
     * name {@code bryn}, descriptor {@code road}.
     */
    public StreetParts street(String street) {
        return street == null ? NO_STREET : streets.get(street, this::split);
    }

    private StreetParts split(String street) {
        String f = Text.foldWords(street);
        if (f == null) {
            return new StreetParts(null, null);
        }
        List<String> w = new ArrayList<>(Arrays.asList(f.split(" ")));
        String key = null;
        if (w.size() > 1 && english.containsKey(w.get(w.size() - 1))) {
            key = english.get(w.remove(w.size() - 1));
        } else if (w.size() > 1 && welsh.containsKey(w.get(0))) {
            key = welsh.get(w.remove(0));
            while (w.size() > 1 && ARTICLES.contains(w.get(0))) {
                w.remove(0);
            }
        }
        List<String> name = new ArrayList<>();
        for (String word : w) {
            name.add(words.getOrDefault(word, word));
        }
        return new StreetParts(name.isEmpty() ? null : String.join(" ", name), key);
    }

    /** One key for a town in either language ({@code caerfyrddin} → {@code carmarthen}); else the folded name. */
    public String townKey(String town) {
        String f = Text.foldWords(town);
        if (f == null) {
            return null;
        }
        return towns.getOrDefault(compact(f), f);
    }

    /** True when {@code town} is in the town table. */
    public boolean isKnownTown(String town) {
        String f = Text.foldWords(town);
        return f != null && towns.containsKey(compact(f));
    }

    private static String compact(String s) {
        return s.replace(" ", "").replace("-", "");
    }
}
