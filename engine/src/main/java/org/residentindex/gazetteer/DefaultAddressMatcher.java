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

    private final Gazetteer gazetteer;
    private final ComponentScorer scorer = new ComponentScorer();
    private final MatchDecider decider;
    private final Cache<String, AddressMatch> cache;

    DefaultAddressMatcher(Gazetteer gazetteer, ScoreCalibration calibration, long cacheSize) {
        this.gazetteer = gazetteer;
        this.decider = new MatchDecider(gazetteer, calibration);
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
            return Text.isDigits(digits) && digits.length() <= 12 ? check(Long.parseLong(digits), q) : match(q);
        });
    }

    @Override
    public AddressMatch check(long givenUprn, AddressQuery address) {
        int ord = gazetteer.ordinalOf(givenUprn);
        AddressMatch matched = match(address);
        if (ord < 0) {
            return withReason(matched, "given_uprn=unknown; ");
        }
        if (matched.uprn() == givenUprn && matched.status().isMatch()) {
            return new AddressMatch(givenUprn, matched.score(), MatchStatus.EXACT,
                    "given_uprn=confirmed; " + matched.reason(), List.of());
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
        return new AddressMatch(m.uprn(), m.score(), m.status(), prefix + m.reason(), m.alternatives());
    }

    private AddressMatch compute(AddressQuery address) {
        AddressParts q = AddressParts.of(address);
        List<MatchDecider.Scored> candidates = new ArrayList<>();
        int[] group = gazetteer.inPostcode(q.postcode());
        boolean good = false;
        for (int ord : group) {
            MatchDecider.Scored s = score(q, ord);
            candidates.add(s);
            good |= s.comparison().isAnchored() && s.comparison().street() != Level.STREET_WEAK
                    && s.points() >= MatchDecider.MIN_POINTS + 3;
        }
        if (good) {
            return decider.decide(candidates, q, "route=postcode");
        }
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int ord : group) {
            seen.add(ord);
        }
        for (int ord : gazetteer.search(q, FALLBACK_CANDIDATES)) {
            if (seen.add(ord)) {
                candidates.add(score(q, ord));
            }
        }
        return decider.decide(candidates, q, group.length == 0 ? "route=search" : "route=postcode+search");
    }

    private MatchDecider.Scored score(AddressParts q, int ord) {
        Comparison c = scorer.compare(q, gazetteer.parts(ord));
        GazetteerProperty p = gazetteer.property(ord);
        return new MatchDecider.Scored(ord, p.uprn(), p.parentUprn(), c, c.points());
    }
}
