package org.residentindex.normalise;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Maps a given name to the set of canonical keys it may stand for, so that nicknames and Welsh/English forms
 * meet: Dai → {david}, Bill → {robert, william}, Gwilym → {william}, Peggy and Megan → {margaret}, Siân → {jane}.
 * A Welsh form is first turned into its English form(s) ({@code welsh-english-names.txt}, written from
 * DOMAIN.md), then each English form gives itself when it is a canonical name and every canonical name it is
 * a nickname of ({@code nicknames.csv}, Apache-2.0, carltonnorthern/nicknames). A name in neither table maps
 * to itself. Null-safe (null or blank → empty set), locale-independent; immutable and thread-safe.
 */
public final class NameEquivalence {

    private static final SortedSet<String> EMPTY = Collections.emptySortedSet();
    private static final NameEquivalence DEFAULT = new NameEquivalence();

    private final Map<String, Set<String>> welshToEnglish = new HashMap<>();
    private final Map<String, Set<String>> nicknameOf = new HashMap<>();
    private final Set<String> canonical = new java.util.HashSet<>();
    private final Cache<String, SortedSet<String>> cache = Caffeine.newBuilder().maximumSize(100_000).build();

    private NameEquivalence() {
        for (String line : Resources.lines("nicknames.csv")) {
            String[] pair = line.split(",");
            String name = Text.foldWords(pair[0]);
            canonical.add(name);
            nicknameOf.computeIfAbsent(Text.foldWords(pair[1]), k -> new TreeSet<>()).add(name);
        }
        Resources.keyed("welsh-english-names.txt").forEach((english, forms) -> {
            canonical.add(english);
            for (String form : forms) {
                welshToEnglish.computeIfAbsent(form, k -> new TreeSet<>()).add(english);
            }
        });
    }

    /** The shared instance backed by the bundled tables. */
    public static NameEquivalence standard() {
        return DEFAULT;
    }

    /** Canonical keys of {@code name} (any case or accents), sorted; a new mutable set. */
    public SortedSet<String> keys(String name) {
        return new TreeSet<>(sharedKeys(name));
    }

    /** {@link #keys}, unmodifiable and memoised per distinct name (a bounded cache; names repeat a lot). */
    SortedSet<String> sharedKeys(String name) {
        return name == null ? EMPTY : cache.get(name, this::compute);
    }

    private SortedSet<String> compute(String name) {
        return Collections.unmodifiableSortedSet(computeKeys(name));
    }

    private SortedSet<String> computeKeys(String name) {
        SortedSet<String> keys = new TreeSet<>();
        String folded = Text.foldWords(name);
        if (folded == null) {
            return keys;
        }
        Set<String> english = new TreeSet<>(welshToEnglish.getOrDefault(folded, Set.of()));
        english.add(folded);
        for (String form : english) {
            if (canonical.contains(form)) {
                keys.add(form);
            }
            keys.addAll(nicknameOf.getOrDefault(form, Set.of()));
        }
        if (keys.isEmpty()) {
            keys.add(folded);
        }
        return keys;
    }

    /** True when the two names share a canonical key. */
    public boolean equivalent(String a, String b) {
        SortedSet<String> ka = sharedKeys(a);
        return sharedKeys(b).stream().anyMatch(ka::contains);
    }
}
