package org.residentindex.normalise;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.residentindex.model.PhoneticKeys;

/**
 * Phonetic keys of a name: Double Metaphone (commons-codec, on the classpath through Lucene's phonetic analysis
 * module) on the folded ASCII form, plus the {@link WelshPhonetic} key. Null-safe (blank → {@link
 * PhoneticKeys#none()}); locale-independent; thread-safe. Keys are memoised per distinct value in a bounded cache
 * shared by all instances (names repeat a lot, and the keys depend on the value alone).
 */
public final class Phonetics implements Normaliser<PhoneticKeys> {

    private static final int MAX_CODE_LENGTH = 6;
    private static final Cache<String, PhoneticKeys> CACHE = Caffeine.newBuilder().maximumSize(100_000).build();

    private final WelshPhonetic welsh = new WelshPhonetic();

    @Override
    public PhoneticKeys normalise(String raw) {
        return raw == null ? PhoneticKeys.none() : CACHE.get(raw, this::compute);
    }

    private PhoneticKeys compute(String raw) {
        String folded = Text.foldWords(raw);
        if (folded == null) {
            return PhoneticKeys.none();
        }
        String letters = WelshPhonetic.lettersOnly(folded);
        if (letters.isEmpty()) {
            return PhoneticKeys.none();
        }
        DoubleMetaphone dm = new DoubleMetaphone();
        dm.setMaxCodeLen(MAX_CODE_LENGTH);
        return new PhoneticKeys(dm.doubleMetaphone(letters), dm.doubleMetaphone(letters, true),
                welsh.normalise(letters));
    }
}
