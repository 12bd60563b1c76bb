package org.residentindex.pprl;

import java.util.ArrayList;
import java.util.List;
import org.residentindex.score.ComparisonSpec;
import org.residentindex.score.EmEstimator;
import org.residentindex.score.FellegiSunterModel;
import org.residentindex.score.PatternCounts;

/**
 * Trains the Fellegi–Sunter model of encoded pairs the way the engine trains a plaintext run (Splink's way): u
 * is given (from random pairs); m is estimated by the engine's {@link EmEstimator} in sessions, each over the
 * candidates that agree exactly on a person-level pair of fields, and each estimating m only for the fields its
 * session does not fix: pairs with the same date of birth estimate the names (and the rest), pairs with the same
 * given name and surname estimate the date of birth and the address, pairs at the same address (same address
 * line and postcode) estimate the names and the date of birth again — the session that still works when one
 * source has no dates of birth (council tax): there the other sessions see few pairs. A joint EM over all candidates was tried
 * first: on the generated county (council tax × electoral register, where most council-tax records lack a date of
 * birth) it found "same household" instead of "same person" and linked whole streets (F1 0.02); the sessions hand
 * EM pairs where same-household non-matches are rare. λ is then fitted over all candidates with m and u fixed.
 * Schemas without these segments (one CLK, say) fall back to one joint EM.
 */
final class EncodedTraining {

    /** Sessions: the segments fixed, then the segments the session must not estimate. */
    private static final List<List<List<String>>> SESSIONS = List.of(
            List.of(List.of("date_of_birth"), List.of("date_of_birth", "address")),
            List.of(List.of("given_name", "surname"), List.of("given_name", "surname",
                    DiceLevels.SURNAME_AT_ADDRESS)),
            List.of(List.of("address"), List.of("address")));

    /** Fewest pairs a session needs to be used. */
    private static final int MIN_SESSION_PAIRS = 20;

    private EncodedTraining() {
    }

    /**
     * The trained model; {@code iterations[0]} receives the EM iterations summed over sessions, {@code
     * converged[0]} whether every EM run converged.
     */
    static FellegiSunterModel train(List<ComparisonSpec> specs, long[] codes, double[][] u, double startLambda,
            int[] iterations, boolean[] converged) {
        int fields = specs.size();
        double[][] sum = new double[fields][];
        int[] sessionsOf = new int[fields];
        for (List<List<String>> session : SESSIONS) {
            int[] fixed = indices(specs, session.get(0));
            int[] excluded = session.get(1).stream().mapToInt(name -> indexOf(specs, name)).toArray();
            if (fixed == null) {
                continue;
            }
            PatternCounts patterns = new PatternCounts(specs);
            int[] v = new int[fields];
            int moved = indexOf(specs, DiceLevels.SURNAME_AT_ADDRESS);
            int surname = indexOf(specs, "surname");
            boolean fixesSurname = contains(fixed, surname);
            for (long code : codes) {
                EncodedLinker.unpack(code, v);
                if (fixesSurname && moved >= 0 && v[surname] == ComparisonSpec.NULL_LEVEL && v[moved] != ComparisonSpec.NULL_LEVEL) {
                    // at one address the surname's level sits in the interaction field: a session fixing the
                    // surname must see it where it is, and fix the interaction field too
                    v[surname] = v[moved];
                    v[moved] = ComparisonSpec.NULL_LEVEL;
                }
                if (allExact(v, fixed)) {
                    // the fixed fields agree on every pair of the session: as evidence they would make every pair
                    // look like a match, so EM sees them as missing (Splink leaves a blocking rule's fields out)
                    for (int f : fixed) {
                        v[f] = ComparisonSpec.NULL_LEVEL;
                    }
                    patterns.add(v);
                }
            }
            if (patterns.total() < MIN_SESSION_PAIRS) {
                continue;
            }
            EmEstimator.Result r = EmEstimator.defaults().estimate(patterns, u, 0.5);
            iterations[0] += r.iterations();
            converged[0] &= r.converged();
            double[][] m = r.model().m();
            for (int f = 0; f < fields; f++) {
                if (contains(excluded, f)) {
                    continue;
                }
                if (sum[f] == null) {
                    sum[f] = new double[m[f].length];
                }
                for (int l = 0; l < m[f].length; l++) {
                    sum[f][l] += m[f][l];
                }
                sessionsOf[f]++;
            }
        }
        PatternCounts all = new PatternCounts(specs);
        int[] v = new int[fields];
        for (long code : codes) {
            EncodedLinker.unpack(code, v);
            all.add(v);
        }
        boolean complete = true;
        for (int f = 0; f < fields; f++) {
            complete &= sessionsOf[f] > 0;
        }
        if (!complete) {
            EmEstimator.Result joint = EmEstimator.defaults().estimate(all, u, startLambda);
            iterations[0] += joint.iterations();
            converged[0] &= joint.converged();
            if (sessionsOf[0] == 0 && java.util.Arrays.stream(sessionsOf).allMatch(s -> s == 0)) {
                return joint.model();
            }
            double[][] jm = joint.model().m();
            for (int f = 0; f < fields; f++) {
                if (sessionsOf[f] == 0) {
                    sum[f] = jm[f];
                    sessionsOf[f] = 1;
                }
            }
        }
        double[][] m = new double[fields][];
        for (int f = 0; f < fields; f++) {
            m[f] = new double[sum[f].length];
            for (int l = 0; l < m[f].length; l++) {
                m[f][l] = sum[f][l] / sessionsOf[f];
            }
        }
        FellegiSunterModel model = new FellegiSunterModel(specs, m, u, startLambda);
        return model.withLambda(lambda(model, all, startLambda));
    }

    /** λ by fixed-point iteration of the E-step over all patterns, m and u held. */
    private static double lambda(FellegiSunterModel model, PatternCounts patterns, double start) {
        double lambda = start;
        double floor = FellegiSunterModel.PROBABILITY_FLOOR;
        for (int it = 0; it < 200; it++) {
            FellegiSunterModel current = model.withLambda(lambda);
            double matches = 0;
            for (int p = 0; p < patterns.size(); p++) {
                matches += patterns.count(p)
                        * org.residentindex.score.MatchModel.probabilityOf(current.weight(patterns.pattern(p)));
            }
            double next = Math.max(floor, Math.min(1 - floor, matches / patterns.total()));
            if (Math.abs(next - lambda) < 1e-9) {
                return next;
            }
            lambda = next;
        }
        return lambda;
    }

    private static int indexOf(List<ComparisonSpec> specs, String name) {
        for (int f = 0; f < specs.size(); f++) {
            if (specs.get(f).field().equals(name)) {
                return f;
            }
        }
        return -1;
    }

    private static int[] indices(List<ComparisonSpec> specs, List<String> names) {
        List<Integer> out = new ArrayList<>();
        for (String n : names) {
            int at = -1;
            for (int f = 0; f < specs.size(); f++) {
                if (specs.get(f).field().equals(n)) {
                    at = f;
                }
            }
            if (at < 0) {
                return null;
            }
            out.add(at);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean allExact(int[] v, int[] fixed) {
        for (int f : fixed) {
            if (v[f] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(int[] a, int x) {
        for (int y : a) {
            if (y == x) {
                return true;
            }
        }
        return false;
    }
}
