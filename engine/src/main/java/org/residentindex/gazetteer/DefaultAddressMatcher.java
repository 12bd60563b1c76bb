package org.residentindex.gazetteer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.residentindex.model.CanonicalField;
import org.residentindex.normalise.AddressParser;
import org.residentindex.gazetteer.Comparison.Level;

/**
 * The default {@link AddressMatcher}: the cheap thing first. Candidates are the properties sharing the query's
 * postcode (about 15), scored directly; Lucene retrieval runs only when the postcode is missing, unknown or
 * yields no anchored candidate. Results are cached (Caffeine) by the address as given, since many records
 * share an address. Thread-safe.
 */
final class DefaultAddressMatcher implements AddressMatcher {

    private static final List<CanonicalField> ADDRESS_FIELDS = List.of(CanonicalField.ADDRESS,
            CanonicalField.ADDRESS_1, CanonicalField.ADDRESS_2, CanonicalField.ADDRESS_3, CanonicalField.ADDRESS_4,
            CanonicalField.ADDRESS_5, CanonicalField.FLAT, CanonicalField.HOUSE_NUMBER, CanonicalField.HOUSE_NAME,
            CanonicalField.STREET, CanonicalField.LOCALITY, CanonicalField.TOWN, CanonicalField.POSTCODE);
    private static final AddressParser PARSER = new AddressParser();

    /** Lucene candidates to score in the fallback. */
    static final int FALLBACK_CANDIDATES = 30;
    /** Streets with more properties than this (a very common name across the county) go to Lucene instead. */
    static final int MAX_STREET_CANDIDATES = 3000;

    private final Gazetteer gazetteer;
    private final ComponentScorer scorer = new ComponentScorer();
    private final MatchDecider decider;
    private final Cache<String, AddressMatch> cache;

    DefaultAddressMatcher(Gazetteer gazetteer, ScoreCalibration calibration, long cacheSize) {
        this(gazetteer, calibration, null, cacheSize);
    }

    /** With {@code partial} (or null) bounding the score of matches on partial evidence. */
    DefaultAddressMatcher(Gazetteer gazetteer, ScoreCalibration calibration, ScoreCalibration partial,
            long cacheSize) {
        this.gazetteer = gazetteer;
        this.decider = new MatchDecider(gazetteer, calibration, partial);
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).build();
    }

    @Override
    public AddressMatch match(AddressQuery address) {
        return cache.get("q|" + address.key(), k -> compute(address));
    }

    @Override
    public AddressMatch match(String text, String postcode) {
        return cache.get("t|" + text + "|" + postcode, k -> compute(gazetteer.parser().parse(text, postcode)));
    }

    @Override
    public AddressMatch matchFields(Map<CanonicalField, String> fields) {
        StringBuilder key = new StringBuilder("f");
        for (CanonicalField f : ADDRESS_FIELDS) {
            key.append('|').append(fields.get(f));
        }
        String uprn = fields.get(CanonicalField.UPRN);
        return cache.get(key.append('|').append(uprn).toString(), k -> {
            Map<CanonicalField, String> v = new EnumMap<>(CanonicalField.class);
            for (CanonicalField f : ADDRESS_FIELDS) {
                if (fields.get(f) != null) {
                    v.put(f, fields.get(f));
                }
            }
            AddressQuery q = DefaultParsers.toQuery(PARSER.parse(v));
            String digits = uprn == null ? null : uprn.trim().replaceFirst("\\.0$", "");
            return Text.isDigits(digits) && digits.length() <= 12 ? check(Long.parseLong(digits), q) : compute(q);
        });
    }

    @Override
    public AddressMatch check(long givenUprn, AddressQuery address) {
        int ord = gazetteer.ordinalOf(givenUprn);
        // Not through the cache: check may run inside a cache computation (matchFields), and Caffeine forbids
        // nested computations on the same cache.
        AddressMatch matched = compute(address);
        if (ord < 0) {
            return withReason(matched, "given_uprn=unknown; ");
        }
        if (matched.uprn() == givenUprn && matched.status().isMatch()) {
            return new AddressMatch(givenUprn, matched.score(), MatchStatus.EXACT,
                    "given_uprn=confirmed; " + matched.reason(), List.of(), matched.addressStatus());
        }
        AddressParts q = AddressParts.of(address);
        Comparison c = scorer.compare(q, gazetteer.parts(ord));
        if (c.isAnchored() && c.points() >= MatchDecider.MIN_POINTS) {
            return new AddressMatch(givenUprn, Math.max(matched.score(), 0.5), MatchStatus.FUZZY,
                    "given_uprn=consistent; " + c.explain(), List.of());
        }
        return withReason(matched, "given_uprn=disagrees; ");
    }

    private static AddressMatch withReason(AddressMatch m, String prefix) {
        return m.withReasonPrefix(prefix);
    }

    /**
     * Cheapest route first: the postcode's ~15 properties; then the properties on a street of the same name
     * (hash lookups, no Lucene); then a Lucene search, with one-edit street terms only if the plain search
     * found nothing anchored. Each later route adds to the candidates of the earlier ones.
     */
    private AddressMatch compute(AddressQuery address) {
        AddressMatch first = computeReading(address);
        // A house name holding a street word ("Bryn Awel", "Meadow View", "Llys Myrddin") is easily read as the
        // street, pushing the real street into the locality. With no number and no house name, try the other
        // reading too and keep the better outcome (the parsed reading wins ties).
        if (first.status() != MatchStatus.EXACT && address.houseNumber() == null && address.houseName() == null
                && address.street() != null && address.locality() != null) {
            AddressMatch second = computeReading(new AddressQuery(address.flat(), null, null, address.street(),
                    address.locality(), null, address.town(), address.postcode()));
            if (rank(second) > rank(first) || (rank(second) == rank(first) && second.score() > first.score())) {
                return second.withReasonPrefix("reading=name_street ");
            }
        }
        return first;
    }

    private static int rank(AddressMatch m) {
        return switch (m.status()) {
            case EXACT -> 4;
            case FUZZY -> 3;
            case PARENT_ONLY -> 2;
            case AMBIGUOUS -> 1;
            case NONE -> 0;
        };
    }

    private AddressMatch computeReading(AddressQuery address) {
        AddressParts q = AddressParts.of(address);
        Candidates c = new Candidates(q);
        int[] group = gazetteer.inPostcode(q.postcode());
        if (c.addAll(group)) {
            return decider.decide(c.list, q, "route=postcode");
        }
        String prefix = group.length == 0 ? "route=" : "route=postcode+";
        int[] street = gazetteer.onStreetNamed(q.streetName());
        if (street.length <= MAX_STREET_CANDIDATES && c.addSameNumber(street)) {
            return decider.decide(c.list, q, prefix + "street");
        }
        if (c.addAll(gazetteer.search(q, FALLBACK_CANDIDATES, false))) {
            return decider.decide(c.list, q, prefix + "search");
        }
        c.addAll(gazetteer.search(q, FALLBACK_CANDIDATES, true));
        return decider.decide(c.list, q, prefix + "fuzzy_search");
    }

    /** The candidates of one query, each scored once. */
    private final class Candidates {
        final AddressParts q;
        final List<MatchDecider.Scored> list = new ArrayList<>();
        final java.util.Set<Integer> seen = new java.util.HashSet<>();
        final ComponentScorer.Memo memo = new ComponentScorer.Memo();

        Candidates(AddressParts q) {
            this.q = q;
        }

        /** Adds and scores new ordinals; true when some candidate (old or new) is good enough to stop. */
        boolean addAll(int[] ordinals) {
            for (int ord : ordinals) {
                if (seen.add(ord)) {
                    list.add(score(q, ord, memo));
                }
            }
            return anyGood();
        }

        /**
         * Like {@link #addAll} but, when the query has a number, skips numbered properties with another number
         * (they can never be anchored by the street route), so a long street costs a scan, not a scoring.
         */
        boolean addSameNumber(int[] ordinals) {
            String n = q.number();
            for (int ord : ordinals) {
                AddressParts p = gazetteer.parts(ord);
                String pn = p.number();
                // a property holding the query's house name under another number is evidence against the number
                if ((n == null || pn == null || pn.equals(n) || (q.name() != null && q.name().equals(p.name())))
                        && seen.add(ord)) {
                    list.add(score(q, ord, memo));
                }
            }
            return anyGood();
        }

        private boolean anyGood() {
            for (MatchDecider.Scored s : list) {
                // a candidate in a town the query does not name (a postcode from elsewhere) is no reason to stop
                if (s.comparison().isAnchored() && s.comparison().street() != Level.STREET_WEAK
                        && s.comparison().town() != Level.TOWN_DIFFERENT
                        && s.points() >= MatchDecider.MIN_POINTS + 2) {
                    return true;
                }
            }
            return false;
        }
    }

    private MatchDecider.Scored score(AddressParts q, int ord, ComponentScorer.Memo memo) {
        Comparison c = scorer.compare(q, gazetteer.parts(ord), memo);
        GazetteerProperty p = gazetteer.property(ord);
        return new MatchDecider.Scored(ord, p.uprn(), p.parentUprn(), c, c.points());
    }
}
