package org.residentindex.benchmarks.macro;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.residentindex.block.CandidatePairs;
import org.residentindex.compare.FieldComparator;
import org.residentindex.compare.LevelCache;
import org.residentindex.evaluate.PairCompleteness;
import org.residentindex.evaluate.TruthSet;
import org.residentindex.link.ComparisonPlan;
import org.residentindex.link.LinkDefaults;
import org.residentindex.link.RecordStore;
import org.residentindex.score.ComparisonSpec;
import org.residentindex.score.FellegiSunterModel;
import org.residentindex.score.SavedModel;

/**
 * What blocking keeps and loses, measured against truth outside the timed run. The facade does not expose its
 * candidate pairs, so this rebuilds them with the function the pipeline itself calls
 * ({@link LinkDefaults#candidates}) over the same {@link RecordStore}; the caller checks that the count equals the
 * run's. Then: pair completeness (share of true pairs — two records of
 * one truth entity — among the candidates), and an all-pairs baseline on a sample of whole entities, scored with
 * the run's saved model, showing the reduction ratio and the true and model-linked pairs blocking misses.
 */
final class CandidateCheck {

    private final RecordStore store;
    private final CandidatePairs candidates;
    private final int[] entity;
    private final TruthSet truth;

    /** Blocks {@code store} the way the pipeline does and maps each ordinal to a truth entity (-1 if unknown). */
    CandidateCheck(RecordStore store, TruthSet truth) {
        this.store = store;
        this.candidates = LinkDefaults.candidates(store, null, 1);
        this.entity = entityOrdinals(store, truth);
        this.truth = truth;
    }

    /** Number of distinct candidate pairs. */
    long candidatePairs() {
        return candidates.size();
    }

    /**
     * True pairs and how many of them are candidates: the engine's {@link PairCompleteness}, as {@code --truth}
     * reports it.
     */
    Completeness completeness() {
        PairCompleteness c = PairCompleteness.of(candidates.pairs(), store.size(), store::key, truth);
        return new Completeness(c.truePairs(), c.found());
    }

    /**
     * Compares all pairs of a sample of at least {@code sampleSize} records (whole truth entities drawn with
     * {@code seed}, so every true pair of a sampled record is in the sample) and scores them with {@code saved}.
     */
    Baseline baseline(SavedModel saved, int sampleSize, long seed) {
        int[] sample = sample(sampleSize, seed);
        FellegiSunterModel model = saved.model();
        List<String> fields = model.comparisons().stream().map(ComparisonSpec::field).toList();
        ComparisonPlan plan = new ComparisonPlan(store, fields);
        LevelCache[] caches = plan.newCaches();
        int[] v = new int[plan.fieldCount()];
        double[] freq = new double[plan.fieldCount()];
        long all = 0;
        long blocked = 0;
        long truePairs = 0;
        long trueMissed = 0;
        long modelLinks = 0;
        long linksMissed = 0;
        long start = System.nanoTime();
        for (int i = 0; i < sample.length; i++) {
            for (int j = i + 1; j < sample.length; j++) {
                int a = sample[i];
                int b = sample[j];
                plan.compare(a, b, v, caches);
                frequencies(plan, saved, v, a, freq);
                boolean link = saved.thresholds().isLink(model.weight(v, freq));
                boolean candidate = isCandidate(a, b);
                boolean same = entity[a] >= 0 && entity[a] == entity[b];
                all++;
                blocked += candidate ? 1 : 0;
                truePairs += same ? 1 : 0;
                trueMissed += same && !candidate ? 1 : 0;
                modelLinks += link ? 1 : 0;
                linksMissed += link && !candidate ? 1 : 0;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return Baseline.of(sample.length, all, blocked, truePairs, trueMissed, modelLinks, linksMissed, seconds);
    }

    /** The term frequency of record a's value on each term-frequency field agreeing exactly; NaN elsewhere. */
    private static void frequencies(ComparisonPlan plan, SavedModel saved, int[] v, int a, double[] out) {
        for (int f = 0; f < v.length; f++) {
            out[f] = Double.NaN;
            if (v[f] == 0 && plan.column(f) != null) {
                String field = plan.specs().get(f).field();
                FieldComparator c = plan.comparator(f);
                String value = plan.column(f).valueOf(a);
                out[f] = value == null ? Double.NaN : saved.termFrequencies().frequency(field, c.termOf(value));
            }
        }
    }

    private boolean isCandidate(int a, int b) {
        return Arrays.binarySearch(candidates.pairs(), CandidatePairs.encode(a, b)) >= 0;
    }

    private int[] sample(int size, long seed) {
        List<int[]> groups = new ArrayList<>(groups(allOrdinals()));
        List<int[]> singles = new ArrayList<>();
        Map<Integer, Boolean> grouped = new HashMap<>();
        groups.forEach(g -> grouped.put(entity[g[0]], true));
        for (int i = 0; i < entity.length; i++) {
            if (!grouped.containsKey(entity[i])) {
                singles.add(new int[] {i});
            }
        }
        groups.addAll(singles);
        Collections.shuffle(groups, new Random(seed));
        List<Integer> picked = new ArrayList<>();
        for (int[] g : groups) {
            if (picked.size() >= size) {
                break;
            }
            for (int o : g) {
                picked.add(o);
            }
        }
        return picked.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private int[] allOrdinals() {
        int[] all = new int[store.size()];
        Arrays.setAll(all, i -> i);
        return all;
    }

    /** Ordinals grouped by truth entity (groups of two or more only), in entity order. */
    private List<int[]> groups(int[] ordinals) {
        long[] keyed = new long[ordinals.length];
        int n = 0;
        for (int o : ordinals) {
            if (entity[o] >= 0) {
                keyed[n++] = ((long) entity[o] << 32) | o;
            }
        }
        Arrays.sort(keyed, 0, n);
        List<int[]> groups = new ArrayList<>();
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && (keyed[end] >>> 32) == (keyed[start] >>> 32)) {
                end++;
            }
            if (end - start > 1) {
                int[] g = new int[end - start];
                for (int i = start; i < end; i++) {
                    g[i - start] = (int) keyed[i];
                }
                groups.add(g);
            }
            start = end;
        }
        return groups;
    }

    private static int[] entityOrdinals(RecordStore store, TruthSet truth) {
        Map<String, Integer> ids = new HashMap<>();
        int[] out = new int[store.size()];
        for (int i = 0; i < out.length; i++) {
            String e = truth.entityOf(store.key(i));
            out[i] = e == null ? -1 : ids.computeIfAbsent(e, k -> ids.size());
        }
        return out;
    }

    /**
     * Pair completeness of the candidates.
     *
     * @param truePairs pairs of records of one truth entity
     * @param found     of those, pairs among the candidates
     */
    record Completeness(long truePairs, long found) {

        /** found / truePairs (1 when there are no true pairs). */
        double share() {
            return truePairs == 0 ? 1.0 : (double) found / truePairs;
        }
    }
}
