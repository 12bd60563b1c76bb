package org.residentindex.model;

/**
 * Phonetic keys of one name, for blocking and comparison: Double Metaphone primary and alternate codes and
 * a Welsh-aware key (see {@code org.residentindex.normalise.WelshPhonetic}). Null parts when the name is blank.
 *
 * @param metaphone          Double Metaphone primary code
 * @param metaphoneAlternate Double Metaphone alternate code (equal to primary when there is none)
 * @param welsh              the Welsh-aware key
 */
public record PhoneticKeys(String metaphone, String metaphoneAlternate, String welsh) {

    private static final PhoneticKeys NONE = new PhoneticKeys(null, null, null);

    /** Keys of a blank name. */
    public static PhoneticKeys none() {
        return NONE;
    }
}
