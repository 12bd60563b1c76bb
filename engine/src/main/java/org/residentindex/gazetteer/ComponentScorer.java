package org.residentindex.gazetteer;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.residentindex.gazetteer.Comparison.Level;

/**
 * Compares a query's parts with a property's parts, one discrete level per component (postcode, number,
 * suffix, flat, name, street, town). Stateless and thread-safe. Thresholds are Jaro–Winkler similarities
 * chosen so that one typo in a street of 8+ letters stays {@code close} and a different street does not.
 */
final class ComponentScorer {

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEV1 = new LevenshteinDistance(1);

    Comparison compare(AddressParts q, AddressParts p) {
        return compare(q, p, new Memo());
    }

    /**
     * Compares with a per-query memo: the candidates of one query mostly share a few streets and towns, and
     * the gazetteer interns their strings, so street and town levels are computed once per distinct street.
     */
    Comparison compare(AddressParts q, AddressParts p, Memo memo) {
        Level number = number(q, p);
        boolean suffixIsFlat = suffixIsFlat(q, p);
        Level street = memo.street(p);
        if (street == null) {
            street = memo.putStreet(p, street(q, p));
        }
        Level postcode = memo.postcode(p);
        if (postcode == null) {
            postcode = memo.putPostcode(p, postcode(q.postcode(), p.postcode()));
        }
        Level town = memo.town(p);
        if (town == null) {
            town = memo.putTown(p, town(q, p));
        }
        return new Comparison(postcode, number,
                suffixIsFlat ? Level.SUFFIX_EQUAL : suffix(q.suffix(), p.suffix()),
                suffixIsFlat ? Level.FLAT_FROM_SUFFIX : flat(q, p),
                name(q, p, number == Level.NUM_EXACT), street, town);
    }

    /** Street, postcode and town levels already computed for one query. */
    static final class Memo {
        private final Slots streets = new Slots();
        private final Slots postcodes = new Slots();
        private final Slots towns = new Slots();

        Level street(AddressParts p) {
            // the street level also looks at the locality (a rural locality standing in for the street)
            return streets.get(p.street(), p.streetAlt(), p.locality());
        }

        Level putStreet(AddressParts p, Level l) {
            return streets.put(p.street(), p.streetAlt(), p.locality(), l);
        }

        Level postcode(AddressParts p) {
            return postcodes.get(p.postcode(), null, null);
        }

        Level putPostcode(AddressParts p, Level l) {
            return postcodes.put(p.postcode(), null, null, l);
        }

        Level town(AddressParts p) {
            return towns.get(p.townKey(), p.townAltKey(), p.locality());
        }

        Level putTown(AddressParts p, Level l) {
            return towns.put(p.townKey(), p.townAltKey(), p.locality(), l);
        }
    }

    /**
     * A few levels keyed by up to three interned strings compared by identity (the gazetteer interns its
     * strings, so equal streets are the same object); a full memo simply stops remembering.
     */
    private static final class Slots {
        private static final int SIZE = 16;
        private final Object[] keys = new Object[SIZE * 3];
        private final Level[] levels = new Level[SIZE];
        private int n;

        Level get(Object a, Object b, Object c) {
            for (int i = 0; i < n; i++) {
                if (keys[3 * i] == a && keys[3 * i + 1] == b && keys[3 * i + 2] == c) {
                    return levels[i];
                }
            }
            return null;
        }

        Level put(Object a, Object b, Object c, Level l) {
            if (n < SIZE) {
                keys[3 * n] = a;
                keys[3 * n + 1] = b;
                keys[3 * n + 2] = c;
                levels[n++] = l;
            }
            return l;
        }
    }

    /** "14B" written for flat 2 (or flat B) of number 14, a common clerical shorthand. */
    private static boolean suffixIsFlat(AddressParts q, AddressParts p) {
        if (q.hasFlat() && q.suffix() == null && p.suffix() != null && !p.hasFlat() && q.flat().id() != null
                && p.suffix().length() == 1 && q.flat().id().equals(p.suffix())) {
            // the other way round: "Flat A, 13 Mill Road" for the property "13A Mill Road"
            return true;
        }
        if (q.suffix() == null || q.hasFlat() || !p.hasFlat() || p.suffix() != null || p.flat().id() == null
                || q.suffix().length() != 1) {
            return false;
        }
        String id = p.flat().id();
        return id.equals(q.suffix()) || id.equals(Integer.toString(q.suffix().charAt(0) - 'a' + 1));
    }

    static Level postcode(String q, String p) {
        if (q == null || p == null) {
            return Level.ABSENT;
        }
        if (q.equals(p)) {
            return Level.PC_UNIT;
        }
        if (q.length() == p.length() && LEV1.apply(q, p) == 1) {
            return Level.PC_NEAR;
        }
        if (q.length() >= 5 && p.length() >= 5) {
            if (q.substring(0, q.length() - 2).equals(p.substring(0, p.length() - 2))) {
                return Level.PC_SECTOR;
            }
            if (q.substring(0, q.length() - 3).equals(p.substring(0, p.length() - 3))) {
                return Level.PC_DISTRICT;
            }
        }
        return Level.PC_OTHER;
    }

    private static Level number(AddressParts q, AddressParts p) {
        if (q.number() == null && p.number() == null) {
            return Level.ABSENT;
        }
        if (q.number() == null) {
            return Level.NUM_QUERY_MISSING;
        }
        if (p.number() == null) {
            return Level.NUM_PROPERTY_MISSING;
        }
        if (q.number().equals(p.number())) {
            return Level.NUM_EXACT;
        }
        // "13 High Street" for the property "12-14 High Street": the number lies in the property's range
        return p.numberEnd() != null && inRange(q.number(), p.number(), p.numberEnd())
                ? Level.NUM_EXACT : Level.NUM_CONFLICT;
    }

    private static boolean inRange(String n, String start, String end) {
        if (n.length() > 5 || start.length() > 5 || end.length() > 5 || !Text.isDigits(n) || !Text.isDigits(start)) {
            return false;
        }
        int v = Integer.parseInt(n);
        int a = Integer.parseInt(start);
        int b = Integer.parseInt(end);
        // "19-21" on the odd side of the street holds 19 and 21, not 20 (which is across the road)
        boolean sameSide = (a % 2) == (b % 2);
        return v >= a && v <= b && (!sameSide || v % 2 == a % 2);
    }

    private static Level suffix(String q, String p) {
        if (q == null && p == null) {
            return Level.SUFFIX_EQUAL;
        }
        if (q == null || p == null) {
            return Level.SUFFIX_ONE_MISSING;
        }
        return q.equals(p) ? Level.SUFFIX_EQUAL : Level.SUFFIX_CONFLICT;
    }

    static Level flat(AddressParts q, AddressParts p) {
        if (!q.hasFlat() && !p.hasFlat()) {
            return Level.ABSENT;
        }
        if (!p.hasFlat()) {
            return Level.FLAT_QUERY_ONLY;
        }
        if (!q.hasFlat()) {
            return Level.FLAT_PROPERTY_ONLY;
        }
        FlatText a = q.flat();
        FlatText b = p.flat();
        if (a.id() != null && b.id() != null) {
            if (!a.id().equals(b.id())) {
                return Level.FLAT_CONFLICT;
            }
            return (a.floors() != 0 && b.floors() != 0 && (a.floors() & b.floors()) == 0)
                    ? Level.FLAT_FLOOR : Level.FLAT_EXACT;
        }
        if (a.floors() != 0 && b.floors() != 0) {
            return (a.floors() & b.floors()) != 0 ? Level.FLAT_FLOOR : Level.FLAT_CONFLICT;
        }
        return q.flatText() != null && q.flatText().equals(p.flatText()) ? Level.FLAT_EXACT : Level.FLAT_UNKNOWN;
    }

    /** The name level against the property's house name or, when better, its organisation name. */
    static Level name(AddressParts q, AddressParts p, boolean numberExact) {
        Level byName = name(q.name(), p.name(), numberExact);
        if (p.org() == null || q.name() == null || byName == Level.NAME_EXACT) {
            return byName;
        }
        Level byOrg = name(q.name(), p.org(), numberExact);
        return byOrg.weight() > byName.weight() ? byOrg : byName;
    }

    static Level name(String q, String p, boolean numberExact) {
        if (q == null && p == null) {
            return Level.ABSENT;
        }
        // "The Coach House" and "Coach House" name one house; "Coach House Cottage" is another
        if (q != null && p != null && q.startsWith("the ") != p.startsWith("the ")) {
            q = q.startsWith("the ") ? q.substring(4) : q;
            p = p.startsWith("the ") ? p.substring(4) : p;
        }
        if (p == null) {
            return Level.NAME_QUERY_ONLY;
        }
        if (q == null) {
            return numberExact ? Level.NAME_PROPERTY_ONLY : Level.NAME_PROPERTY_ONLY_NO_NUMBER;
        }
        if (q.equals(p)) {
            return Level.NAME_EXACT;
        }
        double s = JW.apply(q, p);
        if (s >= 0.96) {
            return Level.NAME_EXACT;
        }
        // A business or extra name in front of the house name ("THE OLD FORGE TY GWYN") still names the house.
        if (s >= 0.88 || (p.length() >= 4 && (q.endsWith(" " + p) || q.startsWith(p + " ")))) {
            return Level.NAME_CLOSE;
        }
        return numberExact ? Level.NAME_DIFFERENT : Level.NAME_DIFFERENT_NO_NUMBER;
    }

    static Level street(AddressParts q, AddressParts p) {
        if (q.street() == null && q.locality() != null && q.locality().equals(p.locality()) && q.name() != null) {
            // "Bwthyn Gwyn, Llangain": a rural house name and its locality, the locality in the street's place
            return Level.STREET_CLOSE;
        }
        if (q.street() == null || (p.street() == null && p.streetAlt() == null)) {
            return Level.ABSENT;
        }
        Level best = streetAgainst(q, p.street(), p.streetName());
        // Rural properties on unnamed roads ("Road through Cwm-cou") are addressed by house name and locality;
        // the parser then reads the locality as the street.
        if (best.weight() < Level.STREET_CLOSE.weight() && q.street().equals(p.locality())) {
            best = Level.STREET_CLOSE;
        }
        if (p.streetAlt() != null && best != Level.STREET_EXACT) {
            Level alt = streetAgainst(q, p.streetAlt(), p.streetAltName());
            if (alt.weight() > best.weight()) {
                best = alt;
            }
        }
        return best;
    }

    private static Level streetAgainst(AddressParts q, String street, String name) {
        if (street == null) {
            return Level.STREET_DIFFERENT;
        }
        if (street.equals(q.street())) {
            return Level.STREET_EXACT;
        }
        double full = JW.apply(q.street(), street);
        if (full >= 0.97) {
            return Level.STREET_EXACT;
        }
        // Same name, other or translated descriptor: "Bryn Road" / "Heol y Bryn" / "Bryn Lane".
        if (name != null && name.equals(q.streetName())) {
            return Level.STREET_NAME;
        }
        double names = name == null || q.streetName() == null ? 0 : JW.apply(q.streetName(), name);
        if (full >= 0.92 || names >= 0.93) {
            return Level.STREET_CLOSE;
        }
        return full >= 0.85 ? Level.STREET_WEAK : Level.STREET_DIFFERENT;
    }

    private static Level town(AddressParts q, AddressParts p) {
        String t = q.townKey() != null ? q.townKey() : q.locality();
        if (t == null) {
            return Level.ABSENT;
        }
        if (t.equals(p.townKey()) || t.equals(p.townAltKey()) || t.equals(p.locality())
                || (q.locality() != null && (q.locality().equals(p.locality()) || q.locality().equals(p.townKey())))) {
            return Level.TOWN_MATCH;
        }
        return p.townKey() == null && p.locality() == null ? Level.ABSENT : Level.TOWN_DIFFERENT;
    }
}
