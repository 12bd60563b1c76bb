package org.residentindex.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns scored candidates into a decision: the status, the UPRN to report and the raw strength that
 * {@link ScoreCalibration} maps to a calibrated score.
 *
 * <p>Rules, in order: no anchored candidate (street plus number or name) with at least {@link #MIN_POINTS}
 * → {@code none}; candidates within {@link #TIE} points of the best → {@code parent_only} when the query names
 * no flat and they are flats of one building, else {@code ambiguous}; a best candidate that is a building with
 * flats while the query names no flat → {@code parent_only}; all components exact with a clear margin →
 * {@code exact}; otherwise {@code fuzzy}.
 */
final class MatchDecider {

    static final double MIN_POINTS = 5.0;
    static final double TIE = 1.0;
    static final double EXACT_MARGIN = 2.0;

    /** One candidate with its comparison. */
    record Scored(int ordinal, long uprn, long parentUprn, Comparison comparison, double points) {
    }

    private final Gazetteer gazetteer;
    private final ScoreCalibration calibration;
    private final ScoreCalibration partial;

    /**
     * @param calibration raw strength → precision, fitted on generated data
     * @param partial     raw strength → a lower bound of precision on partial evidence (see
     *                    {@link #isPartial}), fitted on the adversarial calibration cases; null for none
     */
    MatchDecider(Gazetteer gazetteer, ScoreCalibration calibration, ScoreCalibration partial) {
        this.gazetteer = gazetteer;
        this.calibration = calibration;
        this.partial = partial;
    }

    static final Comparator<Scored> BEST_FIRST =
            Comparator.comparingDouble(Scored::points).reversed().thenComparingLong(Scored::uprn);

    AddressMatch decide(List<Scored> candidates, AddressParts query, String route) {
        List<Scored> all = new ArrayList<>(candidates);
        all.sort(BEST_FIRST);
        // one candidate per UPRN, its best-scoring address: a property's Welsh and English addresses are one
        // property, never two tied candidates
        List<Scored> sorted = new ArrayList<>(all.size());
        java.util.Set<Long> uprns = new java.util.HashSet<>();
        for (Scored s : all) {
            if (uprns.add(s.uprn())) {
                sorted.add(s);
            }
        }
        if (sorted.isEmpty()) {
            return AddressMatch.none(route + " no candidate");
        }
        Scored best = sorted.get(0);
        if (best.points() < MIN_POINTS || !best.comparison().isAnchored()) {
            // "Rose Cottage, Kettering": too little for one property, but the name alone fits several; say so
            List<Scored> named = sorted.stream().filter(s -> s.comparison().name() == Comparison.Level.NAME_EXACT
                    && s.comparison().town() == Comparison.Level.TOWN_MATCH && s.points() > best.points() - TIE)
                    .toList();
            if (named.size() > 1 && best.comparison().isAnchored()) {
                return new AddressMatch(0, 0.0, MatchStatus.AMBIGUOUS, route + " best "
                        + best.comparison().explain() + " same_name=" + named.size(), alternatives(named));
            }
            return AddressMatch.none(route + " best " + best.comparison().explain());
        }
        double margin = sorted.size() > 1 ? best.points() - sorted.get(1).points() : 10.0;
        double raw = strength(best.points(), margin);
        double score = calibration.apply(raw);
        String why = route + " " + best.comparison().explain();
        if (isPartial(best.comparison())) {
            // generated data hardly varies the way real records do on these components, so its precision
            // overstates ours: the score is bounded by what the adversarial cases can vouch for
            why = why + " evidence=partial";
            if (partial != null) {
                score = Math.min(score, partial.apply(raw));
            }
        }
        List<Scored> tied = sorted.stream().filter(s -> s.points() > best.points() - TIE).toList();
        if (tied.size() > 1) {
            long parent = commonParent(tied);
            if (!query.hasFlat() && parent != 0) {
                return new AddressMatch(parent, score, MatchStatus.PARENT_ONLY,
                        why + " flats=" + tied.size() + " of one building", alternatives(tied));
            }
            return new AddressMatch(0, score / tied.size(), MatchStatus.AMBIGUOUS,
                    why + " tied=" + tied.size(), alternatives(tied));
        }
        // "Hillside, 10 Quarry Lane" where Hillside is number 8: the name points at another property of the
        // street, so the number alone does not decide
        if (best.comparison().name() == Comparison.Level.NAME_QUERY_ONLY) {
            List<Scored> named = sorted.stream().filter(s -> s != best
                    && s.comparison().name() == Comparison.Level.NAME_EXACT && s.comparison().isAnchored()).toList();
            if (!named.isEmpty()) {
                List<Scored> both = new ArrayList<>(List.of(best));
                both.addAll(named);
                return new AddressMatch(0, score / both.size(), MatchStatus.AMBIGUOUS,
                        why + " name_of_another=" + named.size(), alternatives(both));
            }
        }
        LpiStatus lpi = gazetteer.property(best.ordinal()).status();
        if (lpi != LpiStatus.APPROVED) {
            why = why + " address=" + lpi.key();
        }
        if (!query.hasFlat() && gazetteer.children(best.ordinal()) > 0) {
            return new AddressMatch(best.uprn(), score, MatchStatus.PARENT_ONLY,
                    why + " building with " + gazetteer.children(best.ordinal()) + " flats", List.of(), lpi);
        }
        if (best.comparison().flat() == Comparison.Level.FLAT_QUERY_ONLY) {
            // a flat the gazetteer does not hold, in a building it does: the building, not a guessed flat
            return new AddressMatch(best.uprn(), score, MatchStatus.PARENT_ONLY, why + " flat not in gazetteer",
                    List.of(), lpi);
        }
        MatchStatus status = best.comparison().isExact() && margin >= EXACT_MARGIN
                ? MatchStatus.EXACT : MatchStatus.FUZZY;
        return new AddressMatch(best.uprn(), score, status, why, List.of(), lpi);
    }

    /**
     * True when some component agrees only partly: a flat matched by floor, by an unknown text or from a
     * suffix, a flat or suffix on one side only, a close or differing name, a street that is only close, a
     * postcode from elsewhere or a town that differs. These are the patterns the adversarial set is about.
     */
    static boolean isPartial(Comparison c) {
        return switch (c.flat()) {
            case FLAT_FLOOR, FLAT_UNKNOWN, FLAT_FROM_SUFFIX, FLAT_QUERY_ONLY, FLAT_PROPERTY_ONLY -> true;
            default -> false;
        } || c.suffix() == Comparison.Level.SUFFIX_ONE_MISSING
                || c.name() == Comparison.Level.NAME_CLOSE || c.name() == Comparison.Level.NAME_DIFFERENT
                || c.street() == Comparison.Level.STREET_CLOSE || c.street() == Comparison.Level.STREET_WEAK
                || c.postcode() == Comparison.Level.PC_OTHER || c.town() == Comparison.Level.TOWN_DIFFERENT;
    }

    /**
     * Raw strength: a logistic of the best candidate's points and its margin over the runner-up, both of which
     * make a wrong answer less likely. The isotonic calibration then fixes the scale, so only monotonicity
     * matters here.
     */
    static double strength(double points, double margin) {
        double z = 0.45 * points + 0.6 * Math.min(margin, 8.0) - 5.0;
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** The parent UPRN shared by all tied candidates (a candidate may be the building itself), or 0. */
    private static long commonParent(List<Scored> tied) {
        long parent = 0;
        for (Scored s : tied) {
            if (s.parentUprn() == 0) {
                continue;
            }
            if (parent != 0 && parent != s.parentUprn()) {
                return 0;
            }
            parent = s.parentUprn();
        }
        for (Scored s : tied) {
            if (s.parentUprn() == 0 && s.uprn() != parent) {
                return 0;
            }
        }
        return parent;
    }

    private List<AddressMatch.Candidate> alternatives(List<Scored> tied) {
        return tied.stream().limit(5)
                .map(s -> new AddressMatch.Candidate(s.uprn(), calibration.apply(strength(s.points(), 0))))
                .toList();
    }
}
