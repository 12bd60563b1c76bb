package org.residentindex.score;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.residentindex.ResidentIndexException;

/**
 * The prior match probability λ of a pair of records, by the unordered pair of sources they come from (a source
 * with itself included): council tax holds few duplicates of itself, social care more, and a council tax record
 * matches an electoral register record far more often than either matches its own source. Pairs of sources
 * without an entry (e.g. a saved model reused on new sources, or a single-source run) fall back to the global λ.
 * Immutable; iteration order (and hence {@code model.json}) is sorted by source names.
 *
 * @param global        λ of every pair of sources without an entry, in (0, 1)
 * @param lambdas       λ per pair of sources, each in (0, 1)
 * @param duplicateFree sources whose records the model expects to hold no duplicates of each other (fewer than
 *                      one expected duplicate pair, see {@link SourcePairPriorEstimator}): clustering keeps their
 *                      records apart unless linked directly
 */
public record SourcePairPriors(double global, Map<SourcePair, Double> lambdas, Set<String> duplicateFree) {

    /** An unordered pair of source names, held with {@code first ≤ second}; build it with {@link #of}. */
    public record SourcePair(String first, String second) implements Comparable<SourcePair> {

        public SourcePair {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            if (first.compareTo(second) > 0) {
                throw new ResidentIndexException("A source pair is held in name order; use SourcePair.of");
            }
        }

        /** The pair of {@code a} and {@code b} in either order. */
        public static SourcePair of(String a, String b) {
            return a.compareTo(b) <= 0 ? new SourcePair(a, b) : new SourcePair(b, a);
        }

        @Override
        public int compareTo(SourcePair o) {
            int c = first.compareTo(o.first);
            return c != 0 ? c : second.compareTo(o.second);
        }
    }

    public SourcePairPriors {
        check(global);
        lambdas.values().forEach(SourcePairPriors::check);
        lambdas = java.util.Collections.unmodifiableMap(new TreeMap<>(lambdas));
        duplicateFree = java.util.Collections.unmodifiableSet(new TreeSet<>(duplicateFree));
    }

    /** Priors per pair of sources, no source marked duplicate-free. */
    public SourcePairPriors(double global, Map<SourcePair, Double> lambdas) {
        this(global, lambdas, Set.of());
    }

    /** The same λ for every pair of sources. */
    public static SourcePairPriors uniform(double global) {
        return new SourcePairPriors(global, Map.of());
    }

    /** λ of a pair of records from sources {@code a} and {@code b} (either order); the global λ when unknown. */
    public double lambda(String a, String b) {
        return lambdas.getOrDefault(SourcePair.of(a, b), global);
    }

    /** The prior term {@code log2(λ/(1−λ))} of a pair of records from sources {@code a} and {@code b}. */
    public double prior(String a, String b) {
        return priorOf(lambda(a, b));
    }

    /** {@code log2(λ/(1−λ))}. */
    public static double priorOf(double lambda) {
        return FellegiSunterModel.log2(lambda / (1.0 - lambda));
    }

    private static void check(double lambda) {
        if (!(lambda > 0.0 && lambda < 1.0)) {
            throw new ResidentIndexException("A prior match probability λ must lie strictly between 0 and 1");
        }
    }
}
