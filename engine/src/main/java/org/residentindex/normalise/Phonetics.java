package org.residentindex.normalise;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.residentindex.model.PhoneticKeys;

/**
 * Phonetic keys of a name: Double Metaphone (commons-codec, on the classpath through Lucene's phonetic analysis
 * module) on the folded ASCII form, plus the {@link WelshPhonetic} key. Null-safe (blank → {@link
 * PhoneticKeys#none()}); locale-independent; thread-safe.
 */
public final class Phonetics implements Normaliser<PhoneticKeys> {

    private static final int MAX_CODE_LENGTH = 6;

    private final WelshPhonetic welsh = new WelshPhonetic();

    @Override
    public PhoneticKeys normalise(String raw) {
        String folded = Text.foldWords(raw);
        if (folded == null) {
            return PhoneticKeys.none();
        }
        String letters = folded.replaceAll("[^a-z]", "");
        if (letters.isEmpty()) {
            return PhoneticKeys.none();
        }
        DoubleMetaphone dm = new DoubleMetaphone();
        dm.setMaxCodeLen(MAX_CODE_LENGTH);
        return new PhoneticKeys(dm.doubleMetaphone(letters), dm.doubleMetaphone(letters, true),
                welsh.normalise(letters));
    }
}
