package org.residentindex.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.residentindex.block.BlockingRule;
import org.residentindex.block.CandidatePairs;
import org.residentindex.block.KeyBlocker;
import org.residentindex.score.ComparisonSpec;
import org.residentindex.score.EmEstimator;
import org.residentindex.score.FellegiSunterModel;
import org.residentindex.score.MatchModel;
import org.residentindex.score.PatternCounts;
import org.residentindex.score.UEstimator;

/**
 * Estimates the model of a run: u from random record pairs, then m and λ by EM over the candidate pairs' pattern
 * counts with u held fixed.
 */
final class TrainedModel {

    private TrainedModel() {
    }

    /**
     * The fields to compare: canonical fields held by any record, then "other" columns with more than one value —
     * when several sources are linked, only those held by at least two sources (a column only one source has can
     * never link across sources, and such columns are often household-level: claim or tenancy numbers shared by
     * partners). At most the packing limit.
     */
    static List<String> fieldsOf(RecordStore store) {
        List<String> fields = new ArrayList<>();
        for (String f : RecordFields.CANONICAL_FIELDS) {
            Column c = store.column(f);
            if (c != null && c.distinct() > 0) {
                fields.add(f);
            }
        }
        if (fields.contains("address")) {
            int at = fields.indexOf("address") + 1;
            if (fields.contains("surname")) {
                fields.add(at, ComparisonPlan.SURNAME_AT_ADDRESS);
            }
        }
        for (String name : store.columnNames()) {
            Column c = store.column(name);
            boolean shared = store.sourceNames().size() == 1 || store.sourcesHolding(name).size() >= 2;
            if (name.startsWith(org.residentindex.compare.Comparators.OTHER_PREFIX) && c.distinct() > 1 && shared
                    && fields.size() < PairVectors.MAX_FIELDS) {
                fields.add(name);
            }
        }
        return fields;
    }

    /** One EM training session: candidates of one rule; the rule's fields learn nothing from it. */
    record Session(BlockingRule rule, List<String> excluded) {
    }

    /**
     * Training sessions, Splink's way: EM over the pairs of a person-level blocking rule, where same-household
     * pairs are rare (blocking on the address would hand EM a "same household" class to find), each session
     * estimating m only for the fields its rule does not fix. The date-of-birth session is narrowed to a postcode
     * district: blocked on the date alone, a million records put ~30 people in each block and different people
     * sharing a birthday and a common first name swamped the true pairs, so EM learnt that true pairs rarely share a
     * surname (measured on the generated county at 1M records).
     */
    static final List<Session> SESSIONS = List.of(
            new Session(BlockingRule.of("date_of_birth", RecordFields.KEY_PREFIX + "postcode_district"),
                    List.of("date_of_birth", "address")),
            new Session(BlockingRule.of(RecordFields.KEY_PREFIX + "given_key", RecordFields.KEY_PREFIX
                    + "surname_phonetic"), List.of("given_name", "surname")));

    /** Most pairs of a session that are compared (an evenly spaced subset when there are more). */
    static final int SESSION_PAIRS = 2_000_000;

    /**
     * u from {@link LinkDefaults#uSample} random pairs; m by joint EM in each {@link #SESSIONS session}, averaged
     * over the sessions that estimate a field; the prior from each session's matches scaled up by the rule's
     * recall (Π m of its exact levels × the share of pairs holding the fields), averaged, over all pairs. When no
     * session has pairs, EM runs over all candidates instead.
     */
    static FellegiSunterModel train(ExecutorService pool, int chunks, ComparisonPlan plan, RecordStore store,
            PatternCounts candidates, long[] candidateCodes) {
        return train(pool, chunks, plan, store, candidates, null, candidateCodes);
    }

    /**
     * As {@link #train(ExecutorService, int, ComparisonPlan, RecordStore, PatternCounts, long[])}; a session pair
     * among {@code candidatePairs} (the pairs of {@code candidateCodes}) takes its vector from there.
     */
    static FellegiSunterModel train(ExecutorService pool, int chunks, ComparisonPlan plan, RecordStore store,
            PatternCounts candidates, CandidatePairs candidatePairs, long[] candidateCodes) {
        int records = store.size();
        List<ComparisonSpec> specs = plan.specs();
        PatternCounts random = PairVectors.randomPairs(pool, plan, records, LinkDefaults.uSample(records),
                LinkDefaults.SEED);
        double[][] u = NamesakeEstimates.apply(plan, candidateCodes, UEstimator.estimate(random));
        double allPairs = (double) records * (records - 1) / 2.0;
        double[][] mSum = new double[specs.size()][];
        int[] mSessions = new int[specs.size()];
        for (int f = 0; f < specs.size(); f++) {
            mSum[f] = new double[specs.get(f).levelCount()];
        }
        List<double[]> sessionMatches = new ArrayList<>();
        for (Session session : SESSIONS) {
            CandidatePairs pairs = sample(new KeyBlocker(LinkDefaults.MAX_BLOCK_SIZE).block(records,
                    List.of(session.rule()), name -> store.column(name) == null ? null : store.column(name).ids()));
            if (pairs.size() < MIN_SESSION_PAIRS) {
                continue;
            }
            double scale = (double) pairs.rules().get(0).pairs() / pairs.size();
            PatternCounts patterns = masked(specs, PairVectors.computeReusing(pool, chunks, plan, pairs,
                    candidatePairs, candidateCodes), session);
            FellegiSunterModel fitted = EmEstimator.defaults().estimate(patterns, u,
                    Math.min(0.5, Math.max(1e-4, records / 2.0 / patterns.total()))).model();
            double[][] m = fitted.m();
            for (int f = 0; f < specs.size(); f++) {
                if (!excluded(session, specs.get(f).field())) {
                    for (int l = 0; l < m[f].length; l++) {
                        mSum[f][l] += m[f][l];
                    }
                    mSessions[f]++;
                }
            }
            sessionMatches.add(new double[] {fitted.lambda() * patterns.total() * scale,
                SESSIONS.indexOf(session)});
        }
        if (sessionMatches.isEmpty()) {
            double start = Math.min(0.5, Math.max(1e-4, records / 2.0 / Math.max(1, candidates.total())));
            FellegiSunterModel fitted = jointEm(candidates, anchoredStart(candidates, u, start));
            double prior = fitted.lambda() * candidates.total() / allPairs;
            return withHouseholdU(plan, candidateCodes, new FellegiSunterModel(specs, fitted.m(), u,
                    clampPrior(prior)));
        }
        double[][] m = EmEstimator.startingM(specs);
        for (int f = 0; f < specs.size(); f++) {
            if (mSessions[f] > 0) {
                for (int l = 0; l < m[f].length; l++) {
                    m[f][l] = mSum[f][l] / mSessions[f];
                }
            }
        }
        double matches = 0;
        for (double[] s : sessionMatches) {
            matches += s[0] / recall(SESSIONS.get((int) s[1]), specs, m, store);
        }
        matches /= sessionMatches.size();
        shareInteractionM(specs, m);
        return withHouseholdU(plan, candidateCodes, new FellegiSunterModel(specs, m, u,
                clampPrior(matches / allPairs)));
    }

    private static FellegiSunterModel withHouseholdU(ComparisonPlan plan, long[] codes, FellegiSunterModel model) {
        FellegiSunterModel anchored = new FellegiSunterModel(model.comparisons(),
                NamesakeEstimates.anchoredM(plan, codes, model.m()), model.u(), model.lambda());
        return new FellegiSunterModel(anchored.comparisons(), anchored.m(), householdU(plan, codes, anchored),
                anchored.lambda());
    }

    private static final int MIN_SESSION_PAIRS = 50;

    /**
     * Patterns of a session's pairs with the session's own fields set to the null level: they agree by
     * construction, so they carry no evidence here (and their random-pair u would make every pair look like a
     * match). Within a block on other fields, non-matches compare on the remaining fields like random pairs, so
     * EM can hold u at its random-pair value and estimate only m and λ (Splink's argument).
     */
    private static PatternCounts masked(List<ComparisonSpec> specs, long[] codes, Session session) {
        List<int[]> interactions = interactions(specs);
        boolean[] drop = new boolean[specs.size()];
        for (int f = 0; f < specs.size(); f++) {
            drop[f] = excluded(session, specs.get(f).field());
        }
        PatternCounts counts = new PatternCounts(specs);
        int[] v = new int[specs.size()];
        for (long code : codes) {
            PairVectors.unpack(code, v);
            for (int[] pair : interactions) {
                if (v[pair[0]] != ComparisonSpec.NULL_LEVEL) {
                    v[pair[1]] = v[pair[0]];
                    v[pair[0]] = ComparisonSpec.NULL_LEVEL;
                }
            }
            for (int f = 0; f < v.length; f++) {
                if (drop[f]) {
                    v[f] = ComparisonSpec.NULL_LEVEL;
                }
            }
            counts.add(v);
        }
        return counts;
    }

    /** (at-address field, its base field) index pairs present in {@code specs}. */
    private static List<int[]> interactions(List<ComparisonSpec> specs) {
        List<int[]> pairs = new ArrayList<>();
        for (String field : new java.util.TreeSet<>(ComparisonPlan.AT_ADDRESS.keySet())) {
            int at = indexOf(specs, field);
            int base = indexOf(specs, ComparisonPlan.AT_ADDRESS.get(field));
            if (at >= 0 && base >= 0) {
                pairs.add(new int[] {at, base});
            }
        }
        return pairs;
    }

    /**
     * m of an at-address field ({@link ComparisonPlan#AT_ADDRESS}) is that of its base field: a true pair's
     * surnames or dates of birth disagree (keying errors, swaps, name changes) alike wherever its addresses are;
     * only u differs at one address (household members share a surname, twins a birthday). EM therefore sees the
     * base field unsplit ({@link #masked}). Split, it had few true pairs at different addresses to learn the base
     * field's m from and settled, on the generated county, on m(surname exact) = 0.17 (the truth: 0.9), so a
     * different surname cost nothing. (A date-of-birth-at-address field, u from the same household sample, was
     * tried for twins: on the generated county it changed nothing measurable — twins are few of the false links —
     * and on FEBRL it cost recall on same-address pairs with both names garbled.)
     */
    private static void shareInteractionM(List<ComparisonSpec> specs, double[][] m) {
        for (int[] pair : interactions(specs)) {
            m[pair[0]] = m[pair[1]].clone();
        }
    }

    /** Whether a session learns nothing about {@code field}: its own fields and their at-address forms. */
    private static boolean excluded(Session session, String field) {
        return session.excluded().contains(field)
                || session.excluded().contains(ComparisonPlan.AT_ADDRESS.getOrDefault(field, ""));
    }

    /**
     * u of the at-address interaction fields ({@link ComparisonPlan#AT_ADDRESS}): random pairs almost never share
     * an address, so their u comes from the candidate pairs at one address whose given names disagree ("else") —
     * mostly different members of one household, but also true pairs with a garbled given name. EM's u-step on
     * that sample with m, λ and every other u held: each pair counts as a non-match with weight 1 − g, g its match
     * probability under the model with the current u, until u settles. Counting every pair (as at first) put the
     * true pairs in the non-match sample: on FEBRL, which has no households, they were nearly all of it and made a
     * shared date of birth at one address look like chance (u = 0.5) when that was tried. Laplace smoothing as in {@link UEstimator}; left as sampled when there are no
     * such pairs. Returns the new u.
     */
    static double[][] householdU(ComparisonPlan plan, long[] codes, FellegiSunterModel model) {
        double[][] u = model.u();
        for (String field : new java.util.TreeSet<>(ComparisonPlan.AT_ADDRESS.keySet())) {
            int interaction = plan.indexOf(field);
            int given = plan.indexOf("given_name");
            if (interaction < 0 || given < 0) {
                continue;
            }
            PatternCounts sample = householdSample(plan, codes, interaction, given);
            for (int iteration = 0; iteration < MAX_EM_ITERATIONS && sample.total() > 0; iteration++) {
                FellegiSunterModel current = new FellegiSunterModel(model.comparisons(), model.m(), u,
                        model.lambda());
                double[] next = nonMatchLevels(sample, current, interaction);
                double change = 0;
                for (int l = 0; l < next.length; l++) {
                    change = Math.max(change, Math.abs(next[l] - u[interaction][l]));
                }
                u[interaction] = next;
                if (change < 1e-6) {
                    break;
                }
            }
        }
        return u;
    }

    /** Patterns of the candidate pairs at one address (the interaction field held) with given names "else". */
    private static PatternCounts householdSample(ComparisonPlan plan, long[] codes, int interaction, int given) {
        int elseLevel = plan.specs().get(given).levelCount() - 1;
        PatternCounts sample = new PatternCounts(plan.specs());
        int[] v = new int[plan.fieldCount()];
        for (long code : codes) {
            PairVectors.unpack(code, v);
            if (v[interaction] != ComparisonSpec.NULL_LEVEL && v[given] == elseLevel) {
                sample.add(v);
            }
        }
        return sample;
    }

    /** Laplace-smoothed level shares of field {@code f} over the sample's pairs, each weighted 1 − g. */
    private static double[] nonMatchLevels(PatternCounts sample, FellegiSunterModel model, int f) {
        int levels = model.comparisons().get(f).levelCount();
        double[] counts = new double[levels];
        double total = 0;
        for (int p = 0; p < sample.size(); p++) {
            int[] v = sample.pattern(p);
            double nonMatch = (1.0 - MatchModel.probabilityOf(model.weight(v))) * sample.count(p);
            counts[v[f]] += nonMatch;
            total += nonMatch;
        }
        double[] u = new double[levels];
        for (int l = 0; l < levels; l++) {
            u[l] = (counts[l] + 1.0) / (total + levels);
        }
        return u;
    }

    private static double clampPrior(double prior) {
        return Math.min(0.5, Math.max(FellegiSunterModel.PROBABILITY_FLOOR, prior));
    }

    /**
     * Share of true matches a session's rule finds: exact agreement on its fields, both records holding them. The
     * surname of pairs at one address is compared as {@link ComparisonPlan#SURNAME_AT_ADDRESS}, so a true pair
     * agrees on it with m(same address)·m(surname_at_address exact) + (1 − m(same address))·m(surname exact);
     * when EM estimated the two apart, {@code surname}'s m described only true pairs at different addresses and,
     * taken for all pairs, understated the recall and overstated the prior several times over.
     */
    private static double recall(Session session, List<ComparisonSpec> specs, double[][] m, RecordStore store) {
        double recall = 1.0;
        for (String field : session.excluded()) {
            for (int f = 0; f < specs.size(); f++) {
                if (specs.get(f).field().equals(field)) {
                    double held = (double) store.column(field).present() / store.size();
                    recall *= Math.max(1e-3, exactM(specs, m, f)) * held * held;
                }
            }
        }
        return Math.max(1e-3, recall);
    }

    /** m of field f's exact level over all true pairs (see {@link #recall}: fields with an at-address form). */
    private static double exactM(List<ComparisonSpec> specs, double[][] m, int f) {
        String atAddressForm = null;
        for (Map.Entry<String, String> e : ComparisonPlan.AT_ADDRESS.entrySet()) {
            if (e.getValue().equals(specs.get(f).field())) {
                atAddressForm = e.getKey();
            }
        }
        if (atAddressForm == null) {
            return m[f][0];
        }
        int interaction = indexOf(specs, atAddressForm);
        int address = indexOf(specs, "address");
        if (interaction < 0 || address < 0) {
            return m[f][0];
        }
        double atAddress = m[address][0];
        return atAddress * m[interaction][0] + (1 - atAddress) * m[f][0];
    }

    private static int indexOf(List<ComparisonSpec> specs, String field) {
        for (int f = 0; f < specs.size(); f++) {
            if (specs.get(f).field().equals(field)) {
                return f;
            }
        }
        return -1;
    }

    /** At most {@link #SESSION_PAIRS} evenly spaced pairs of {@code all}. */
    private static CandidatePairs sample(CandidatePairs all) {
        if (all.size() <= SESSION_PAIRS) {
            return all;
        }
        long[] kept = new long[SESSION_PAIRS];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = all.pairs()[(int) ((long) i * all.size() / kept.length)];
        }
        return new CandidatePairs(all.recordCount(), kept, all.rules());
    }

    /** Classic EM with m, u and λ all free, from {@code start}; stops when no parameter moves by 1e-6. */
    static FellegiSunterModel jointEm(PatternCounts patterns, FellegiSunterModel start) {
        EmEstimator step = new EmEstimator(1, 1e-6);
        FellegiSunterModel model = start;
        for (int iteration = 0; iteration < MAX_EM_ITERATIONS; iteration++) {
            FellegiSunterModel next = step.estimate(patterns, model).model();
            next = new FellegiSunterModel(next.comparisons(), next.m(), uStep(patterns, next), next.lambda());
            double change = Math.max(maxChange(model.m(), next.m()), maxChange(model.u(), next.u()));
            change = Math.max(change, Math.abs(model.lambda() - next.lambda()));
            model = next;
            if (change < 1e-6) {
                break;
            }
        }
        return model;
    }

    static final int MAX_EM_ITERATIONS = 300;

    /** Fields that tell people apart within a household; they anchor EM's starting point. */
    static final List<String> PERSON_FIELDS = List.of("given_name", "date_of_birth", "ni_number", "email", "phone");

    /**
     * EM's start: m taken from the "seed" candidates that agree (exactly or at the first fuzzy level) on every
     * person field both records hold, with at least two such fields held — pairs that are almost surely the same
     * person, not merely the same household — smoothed towards the default start. Starting EM from the household
     * side of the likelihood (m = 0.9 on every exact level) lets it settle on "same household" as the match class.
     * Falls back to the default start when no pair qualifies.
     */
    static FellegiSunterModel anchoredStart(PatternCounts patterns, double[][] u, double lambda) {
        List<ComparisonSpec> specs = patterns.comparisons();
        double[][] m = EmEstimator.startingM(specs);
        double[][] mass = new double[m.length][];
        double[] total = new double[m.length];
        for (int f = 0; f < m.length; f++) {
            mass[f] = new double[m[f].length];
        }
        double seeds = 0;
        for (int p = 0; p < patterns.size(); p++) {
            int[] v = patterns.pattern(p);
            if (!isSeed(specs, v)) {
                continue;
            }
            seeds += patterns.count(p);
            for (int f = 0; f < v.length; f++) {
                if (v[f] != ComparisonSpec.NULL_LEVEL) {
                    mass[f][v[f]] += patterns.count(p);
                    total[f] += patterns.count(p);
                }
            }
        }
        if (seeds == 0) {
            return new FellegiSunterModel(specs, m, u, lambda);
        }
        for (int f = 0; f < m.length; f++) {
            for (int l = 0; l < m[f].length; l++) {
                // one pseudo-pair of the default start keeps unseen levels possible
                m[f][l] = (mass[f][l] + m[f][l]) / (total[f] + 1.0);
            }
        }
        double seedLambda = Math.min(0.5, Math.max(1e-4, seeds / patterns.total()));
        return new FellegiSunterModel(specs, m, u, seedLambda);
    }

    private static boolean isSeed(List<ComparisonSpec> specs, int[] v) {
        int held = 0;
        for (int f = 0; f < v.length; f++) {
            if (PERSON_FIELDS.contains(specs.get(f).field()) && v[f] != ComparisonSpec.NULL_LEVEL) {
                if (v[f] > 1) {
                    return false;
                }
                held++;
            }
        }
        return held >= 2;
    }

    /** u[f][l] = Σ count·(1−g)·[level = l] / Σ count·(1−g)·[level ≠ null], g the match posterior of the pattern. */
    private static double[][] uStep(PatternCounts patterns, FellegiSunterModel model) {
        double[][] u = model.u();
        double[][] mass = new double[u.length][];
        double[] total = new double[u.length];
        for (int f = 0; f < u.length; f++) {
            mass[f] = new double[u[f].length];
        }
        for (int p = 0; p < patterns.size(); p++) {
            int[] v = patterns.pattern(p);
            double nonMatch = (1.0 - MatchModel.probabilityOf(model.weight(v))) * patterns.count(p);
            for (int f = 0; f < v.length; f++) {
                if (v[f] != ComparisonSpec.NULL_LEVEL) {
                    mass[f][v[f]] += nonMatch;
                    total[f] += nonMatch;
                }
            }
        }
        for (int f = 0; f < u.length; f++) {
            for (int l = 0; l < u[f].length; l++) {
                if (total[f] > 0) {
                    u[f][l] = mass[f][l] / total[f];
                }
            }
        }
        return u;
    }

    private static double maxChange(double[][] a, double[][] b) {
        double max = 0;
        for (int f = 0; f < a.length; f++) {
            for (int l = 0; l < a[f].length; l++) {
                max = Math.max(max, Math.abs(a[f][l] - b[f][l]));
            }
        }
        return max;
    }

    static List<String> fieldNames(List<ComparisonSpec> specs) {
        return specs.stream().map(ComparisonSpec::field).toList();
    }
}
