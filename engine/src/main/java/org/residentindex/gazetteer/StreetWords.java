package org.residentindex.gazetteer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Welsh and English street descriptors and town names mapped to one canonical (English) key, so that
 * "Heol y Bryn" and "Bryn Road" share the name key {@code bryn} and descriptor key {@code road}. The same
 * lists feed the Lucene synonym analyzer. Welsh descriptors stand before the name (with an optional article
 * y / yr), English ones after it.
 */
public final class StreetWords {

    /** Welsh descriptor → English key (first listed English form). From DOMAIN.md's street words. */
    public static final Map<String, List<String>> WELSH_DESCRIPTORS = orderedMap(
            "heol", List.of("road", "street"), "stryd", List.of("street"), "ffordd", List.of("way", "road"),
            "lon", List.of("lane"), "rhodfa", List.of("avenue"), "cilgant", List.of("crescent"),
            "sgwar", List.of("square"), "teras", List.of("terrace"), "clos", List.of("close"),
            "rhes", List.of("row"), "llys", List.of("court"));

    /**
     * Welsh words that stand in street and house names (not descriptors): used as retrieval synonyms only,
     * never to strip a street's name.
     */
    public static final Map<String, String> WELSH_WORDS = orderedMap(
            "maes", "field", "cae", "field", "plas", "hall", "bryn", "hill", "pentre", "village", "ty", "house",
            "bwthyn", "cottage", "fferm", "farm", "pont", "bridge", "bont", "bridge", "melin", "mill",
            "felin", "mill");

    /** English descriptors (and common abbreviations → full form). */
    public static final Map<String, String> ENGLISH_DESCRIPTORS = orderedMap(
            "road", "road", "rd", "road", "street", "street", "st", "street", "lane", "lane", "ln", "lane",
            "way", "way", "avenue", "avenue", "ave", "avenue", "crescent", "crescent", "cres", "crescent",
            "square", "square", "sq", "square", "terrace", "terrace", "ter", "terrace", "terr", "terrace",
            "close", "close", "cl", "close", "row", "row", "court", "court", "ct", "court", "drive", "drive",
            "dr", "drive", "place", "place", "pl", "place", "gardens", "gardens", "gdns", "gardens",
            "hill", "hill", "park", "park", "grove", "grove", "view", "view", "field", "field", "fields",
            "fields", "walk", "walk", "rise", "rise", "mews", "mews", "green", "green");

    /** Welsh town name → English town name. From DOMAIN.md. */
    public static final Map<String, String> TOWNS = orderedMap(
            "caerfyrddin", "carmarthen", "rhydaman", "ammanford", "castell newydd emlyn", "newcastle emlyn",
            "hendy gwyn", "whitland", "hendy gwyn ar daf", "whitland", "llanymddyfri", "llandovery",
            "porth tywyn", "burry port", "cydweli", "kidwelly", "pen bre", "pembrey", "sancler", "st clears",
            "talacharn", "laugharne", "caerdydd", "cardiff", "abertawe", "swansea", "casnewydd", "newport");

    private static final Set<String> ARTICLES = Set.of("y", "yr", "r");

    private StreetWords() {
    }

    /**
     * The street's name with its descriptor removed and the descriptor's canonical key.
     *
     * @param folded a folded street ({@link Text#fold})
     * @return {@code [name, descriptorKey]}; descriptorKey null when none was recognised
     */
    static String[] split(String folded) {
        if (folded == null) {
            return new String[] {null, null};
        }
        String[] t = folded.split(" ");
        if (t.length > 1 && WELSH_DESCRIPTORS.containsKey(t[0])) {
            int from = t.length > 2 && ARTICLES.contains(t[1]) ? 2 : 1;
            return new String[] {String.join(" ", List.of(t).subList(from, t.length)),
                WELSH_DESCRIPTORS.get(t[0]).get(0)};
        }
        if (t.length > 1 && ENGLISH_DESCRIPTORS.containsKey(t[t.length - 1])) {
            return new String[] {String.join(" ", List.of(t).subList(0, t.length - 1)),
                ENGLISH_DESCRIPTORS.get(t[t.length - 1])};
        }
        return new String[] {folded, null};
    }

    /** The English key of a folded town name (Welsh names mapped), or the name itself. */
    static String townKey(String folded) {
        if (folded == null) {
            return null;
        }
        return TOWNS.getOrDefault(folded, folded);
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> orderedMap(Object... kv) {
        Map<String, V> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (V) kv[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
