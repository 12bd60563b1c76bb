package org.residentindex.block;

import java.util.List;

/**
 * The terms the {@link NeighbourSearch} cuts a record into, by kind of field; each term is hashed to 64 bits with
 * its kind, so "jones" as a name and "jones" as a street never meet. A column the records lack gives no terms.
 *
 * <ul>
 *   <li>names ({@code names}: given name, surname, middle names, a full name — read together, so word order and
 *       swapped fields do not matter): each word of two letters or more, and each of its character trigrams
 *       (padded, so "thomas" and "thymas" share "^th", "mas", "as$"); an initial gives a term of its own</li>
 *   <li>name keys ({@code nameKeys}: name-equivalence and phonetic keys): each word, as a name word, so "dai"
 *       keyed "david" meets "david"</li>
 *   <li>date of birth ({@code yyyymmdd}): year-month, year-day and month-day, so one wrong part leaves one shared
 *       term; and the year alone</li>
 *   <li>postcode: the unit; for a valid UK unit also its sector, outward and inward parts</li>
 *   <li>address keys ({@code places}: house and street, street, place): the whole value each</li>
 *   <li>identifiers ({@code identifiers}: NI number, phone, identifier-like columns): the whole value; e-mail: the
 *       whole value and the local part</li>
 * </ul>
 *
 * @param names       name columns
 * @param nameKeys    name-key columns
 * @param dateOfBirth the date-of-birth column ({@code yyyymmdd}, or shorter when partial)
 * @param postcode    the postcode-unit column
 * @param places      address-key columns
 * @param identifiers identifier columns
 * @param email       the e-mail column
 */
public record SearchTerms(List<String> names, List<String> nameKeys, String dateOfBirth, String postcode,
        List<String> places, List<String> identifiers, String email) {

    private static final char NAME = 'n';
    private static final char GRAM = 'g';
    private static final char INITIAL = 'i';
    private static final char DATE = 'd';
    private static final char POSTCODE = 'p';
    private static final char PLACE = 'a';
    private static final char ID = 'x';

    public SearchTerms {
        names = List.copyOf(names);
        nameKeys = List.copyOf(nameKeys);
        places = List.copyOf(places);
        identifiers = List.copyOf(identifiers);
    }

    /**
     * Writes record {@code r}'s term hashes into {@code out} (as many as fit) and returns how many it has; a caller
     * whose array was too small calls again with a larger one. Hashes may repeat.
     */
    public int of(CandidateRecords records, int r, long[] out) {
        Sink sink = new Sink(out);
        for (String column : names) {
            words(sink, records.value(column, r), true);
        }
        for (String column : nameKeys) {
            words(sink, records.value(column, r), false);
        }
        date(sink, records.value(dateOfBirth, r));
        postcode(sink, records.value(postcode, r));
        for (int i = 0; i < places.size(); i++) {
            String v = records.value(places.get(i), r);
            if (v != null && !v.isBlank()) {
                sink.add(hash(PLACE, (char) ('0' + i), v, 0, v.length()));
            }
        }
        for (int i = 0; i < identifiers.size(); i++) {
            String v = records.value(identifiers.get(i), r);
            if (v != null && !v.isBlank()) {
                sink.add(hash(ID, (char) ('0' + i), v, 0, v.length()));
            }
        }
        String mail = records.value(email, r);
        if (mail != null && !mail.isBlank()) {
            sink.add(hash(ID, 'e', mail, 0, mail.length()));
            int at = mail.indexOf('@');
            if (at > 1) {
                sink.add(hash(ID, 'l', mail, 0, at));
            }
        }
        return sink.count;
    }

    private static void words(Sink sink, String value, boolean grams) {
        if (value == null) {
            return;
        }
        int i = 0;
        int n = value.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(value.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(value.charAt(i))) {
                i++;
            }
            if (i - start == 1) {
                sink.add(hash(INITIAL, ' ', value, start, i));
            } else if (i - start > 1) {
                sink.add(hash(NAME, ' ', value, start, i));
                if (grams) {
                    trigrams(sink, value, start, i);
                }
            }
        }
    }

    /** Padded trigrams of {@code value[start, end)}: "^ab", "abc", …, "yz$". */
    private static void trigrams(Sink sink, String value, int start, int end) {
        String padded = "^" + value.substring(start, end) + "$";
        for (int i = 0; i + 3 <= padded.length(); i++) {
            sink.add(hash(GRAM, ' ', padded, i, i + 3));
        }
    }

    private static void date(Sink sink, String dob) {
        if (dob == null || dob.length() < 4) {
            return;
        }
        sink.add(hash(DATE, 'y', dob, 0, 4));
        if (dob.length() == 8) {
            sink.add(hash(DATE, 'm', dob, 0, 6));
            sink.add(hash(DATE, 'd', dob.substring(0, 4) + dob.substring(6, 8), 0, 6));
            sink.add(hash(DATE, 'a', dob, 4, 8));
        }
    }

    private static void postcode(Sink sink, String unit) {
        if (unit == null || unit.isBlank()) {
            return;
        }
        sink.add(hash(POSTCODE, 'u', unit, 0, unit.length()));
        int space = unit.indexOf(' ');
        if (!unit.startsWith("~") && space > 0 && space + 1 < unit.length()) {
            sink.add(hash(POSTCODE, 'o', unit, 0, space));
            sink.add(hash(POSTCODE, 's', unit, 0, space + 2));
            sink.add(hash(POSTCODE, 'i', unit, space + 1, unit.length()));
        }
    }

    /** FNV-1a over kind, sub-kind and the characters, then SplitMix64's finaliser. */
    static long hash(char kind, char sub, String s, int from, int to) {
        long h = 0xCBF29CE484222325L;
        h = (h ^ kind) * 0x100000001B3L;
        h = (h ^ sub) * 0x100000001B3L;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }

    private static final class Sink {
        final long[] out;
        int count;

        Sink(long[] out) {
            this.out = out;
        }

        void add(long h) {
            if (count < out.length) {
                out[count] = h;
            }
            count++;
        }
    }
}
