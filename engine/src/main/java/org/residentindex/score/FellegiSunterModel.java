package org.residentindex.score;

import java.util.ArrayList;
import java.util.List;
import org.residentindex.ResidentIndexException;

/**
 * The Fellegi–Sunter model: for each field and level an m probability (P(level | match)) and a u probability
 * (P(level | non-match)), plus λ, the prior probability that a compared pair is a match.
 *
 * <p>Weight of a vector = {@code log2(λ/(1−λ)) + Σ_f log2(m[f][l]/u[f][l])} over non-null levels, plus for exact
 * agreements (level 0) with a known value frequency {@code tf} the adjustment {@code log2(u[f][0] / max(tf,
 * floor))} (Splink's term-frequency formula: the exact level's u is replaced by the value's own frequency, shown
 * as a separate term so the explanation keeps it visible).
 *
 * <p>Floors: m, u and term frequencies are clamped to {@code [}{@value #PROBABILITY_FLOOR}{@code , 1]} and λ to
 * {@code [floor, 1 − floor]}, so no weight is ever infinite or NaN — a level never seen among matches is strongly
 * negative evidence (about −20 bits at most per field), not a veto.
 */
public final class FellegiSunterModel implements MatchModel {

    /** Smallest probability the model uses; see the class comment. */
    public static final double PROBABILITY_FLOOR = 1e-6;

    private static final double LN2 = Math.log(2.0);

    private final List<ComparisonSpec> comparisons;
    private final double[][] m;
    private final double[][] u;
    private final double lambda;
    private final double prior;
    private final double[][] levelWeights;

    /**
     * @param comparisons the fields in vector order
     * @param m           m[field][level], one row per field with one entry per level
     * @param u           u[field][level], same shape
     * @param lambda      prior probability that a compared pair is a match, in (0, 1)
     */
    public FellegiSunterModel(List<ComparisonSpec> comparisons, double[][] m, double[][] u, double lambda) {
        this.comparisons = List.copyOf(comparisons);
        this.m = clampedCopy("m", m);
        this.u = clampedCopy("u", u);
        if (!(lambda > 0.0 && lambda < 1.0)) {
            throw new ResidentIndexException("The prior match probability λ must lie strictly between 0 and 1");
        }
        this.lambda = clamp(lambda, PROBABILITY_FLOOR, 1.0 - PROBABILITY_FLOOR);
        this.prior = log2(this.lambda / (1.0 - this.lambda));
        this.levelWeights = new double[this.m.length][];
        for (int f = 0; f < this.m.length; f++) {
            levelWeights[f] = new double[this.m[f].length];
            for (int l = 0; l < this.m[f].length; l++) {
                levelWeights[f][l] = log2(this.m[f][l] / this.u[f][l]);
            }
        }
    }

    @Override
    public List<ComparisonSpec> comparisons() {
        return comparisons;
    }

    /** λ, the prior match probability (after flooring). */
    public double lambda() {
        return lambda;
    }

    /** The prior term {@code log2(λ/(1−λ))}. */
    public double prior() {
        return prior;
    }

    /** A copy of m[field][level]. */
    public double[][] m() {
        return deepCopy(m);
    }

    /** A copy of u[field][level]. */
    public double[][] u() {
        return deepCopy(u);
    }

    /** The same model with another λ (e.g. after EM re-estimated it). */
    public FellegiSunterModel withLambda(double newLambda) {
        return new FellegiSunterModel(comparisons, m, u, newLambda);
    }

    /** The same model with new m probabilities. */
    public FellegiSunterModel withM(double[][] newM) {
        return new FellegiSunterModel(comparisons, newM, u, lambda);
    }

    /** log2(m/u) of one field's level; 0 for the null level. */
    public double levelWeight(int field, int level) {
        return level == ComparisonSpec.NULL_LEVEL ? 0.0 : levelWeights[field][level];
    }

    @Override
    public double weight(int[] vector, double[] valueFrequencies) {
        checkLength(vector);
        double w = prior;
        for (int f = 0; f < vector.length; f++) {
            int level = vector[f];
            if (level != ComparisonSpec.NULL_LEVEL) {
                w += levelWeights[f][level] + tfAdjustment(f, level, valueFrequencies);
            }
        }
        return w;
    }

    @Override
    public WeightExplanation explain(int[] vector, double[] valueFrequencies) {
        checkLength(vector);
        List<Contribution> parts = new ArrayList<>(vector.length);
        for (int f = 0; f < vector.length; f++) {
            int level = vector[f];
            String field = comparisons.get(f).field();
            if (level == ComparisonSpec.NULL_LEVEL) {
                parts.add(new Contribution(field, "null", Double.NaN, Double.NaN, 0.0, 0.0));
            } else {
                parts.add(new Contribution(field, comparisons.get(f).label(level), m[f][level], u[f][level],
                        levelWeights[f][level], tfAdjustment(f, level, valueFrequencies)));
            }
        }
        return new WeightExplanation(prior, parts, weight(vector, valueFrequencies));
    }

    private double tfAdjustment(int field, int level, double[] valueFrequencies) {
        if (level != 0 || valueFrequencies == null || Double.isNaN(valueFrequencies[field])) {
            return 0.0;
        }
        return log2(u[field][0] / clamp(valueFrequencies[field], PROBABILITY_FLOOR, 1.0));
    }

    private void checkLength(int[] vector) {
        if (vector.length != comparisons.size()) {
            throw new ResidentIndexException("A comparison vector has " + vector.length + " entries but the model has "
                    + comparisons.size() + " fields");
        }
        for (int f = 0; f < vector.length; f++) {
            if (vector[f] < ComparisonSpec.NULL_LEVEL || vector[f] >= m[f].length) {
                throw new ResidentIndexException("Level " + vector[f] + " is out of range for field '"
                        + comparisons.get(f).field() + "'");
            }
        }
    }

    private double[][] clampedCopy(String name, double[][] p) {
        if (p == null || p.length != comparisons.size()) {
            throw new ResidentIndexException("The " + name + " table needs one row per field (" + comparisons.size()
                    + ")");
        }
        double[][] copy = new double[p.length][];
        for (int f = 0; f < p.length; f++) {
            int levels = comparisons.get(f).levelCount();
            if (p[f] == null || p[f].length != levels) {
                throw new ResidentIndexException("The " + name + " row of field '" + comparisons.get(f).field()
                        + "' needs " + levels + " probabilities");
            }
            copy[f] = new double[levels];
            for (int l = 0; l < levels; l++) {
                if (Double.isNaN(p[f][l]) || p[f][l] < 0.0 || p[f][l] > 1.0) {
                    throw new ResidentIndexException("The " + name + " probability of field '"
                            + comparisons.get(f).field() + "' level " + l + " must lie in [0, 1]");
                }
                copy[f][l] = clamp(p[f][l], PROBABILITY_FLOOR, 1.0);
            }
        }
        return copy;
    }

    static double[][] deepCopy(double[][] p) {
        double[][] copy = new double[p.length][];
        for (int i = 0; i < p.length; i++) {
            copy[i] = p[i].clone();
        }
        return copy;
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }

    static double log2(double x) {
        return Math.log(x) / LN2;
    }
}
