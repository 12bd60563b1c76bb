package org.residentindex.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Maps a raw match strength (0–1, monotone in the evidence) to a calibrated score: the precision observed at
 * that strength on generated data with known truth. The map is a step function fitted by isotonic regression
 * (pool-adjacent-violators) and kept as the resource {@code calibration.tsv} ({@code upper_raw<TAB>precision}
 * lines, ascending). Without a table the raw value is returned unchanged. Immutable and thread-safe.
 */
public final class ScoreCalibration {

    static final String RESOURCE = "calibration.tsv";
    static final String PARTIAL_RESOURCE = "calibration-partial.tsv";

    private final double[] upper;
    private final double[] precision;

    ScoreCalibration(double[] upper, double[] precision) {
        this.upper = upper.clone();
        this.precision = precision.clone();
    }

    /** The identity calibration. */
    public static ScoreCalibration identity() {
        return new ScoreCalibration(new double[0], new double[0]);
    }

    /** The table shipped as a resource, or the identity when there is none. */
    public static ScoreCalibration bundled() {
        try (InputStream in = ScoreCalibration.class.getResourceAsStream(RESOURCE)) {
            return in == null ? identity() : parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bound for matches on partial evidence ({@code calibration-partial.tsv}, fitted on the adversarial
     * calibration cases by {@link #fitLowerBound}), or null when there is none.
     */
    public static ScoreCalibration bundledPartial() {
        try (InputStream in = ScoreCalibration.class.getResourceAsStream(PARTIAL_RESOURCE)) {
            return in == null ? null : parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Like {@link #fit} but each step holds the Wilson lower bound (normal quantile {@code z}) of its block's
     * precision rather than the precision itself, and the steps are then lowered to stay non-decreasing: with
     * tens of observations rather than thousands, a block of 25 correct answers vouches for about 0.90, not
     * 1.0.
     */
    public static ScoreCalibration fitLowerBound(double[] raw, boolean[] correct, double z) {
        ScoreCalibration point = fit(raw, correct);
        double[] counts = new double[point.upper.length];
        for (double r : raw) {
            counts[point.block(r)]++;
        }
        double[] lower = new double[point.upper.length];
        for (int b = 0; b < lower.length; b++) {
            lower[b] = wilsonLower(point.precision[b], counts[b], z);
        }
        for (int b = lower.length - 2; b >= 0; b--) {
            lower[b] = Math.min(lower[b], lower[b + 1]);
        }
        return new ScoreCalibration(point.upper, lower);
    }

    static double wilsonLower(double p, double n, double z) {
        if (n == 0) {
            return 0;
        }
        double z2 = z * z;
        double centre = p + z2 / (2 * n);
        double spread = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return Math.max(0, (centre - spread) / (1 + z2 / n));
    }

    private int block(double raw) {
        int i = Arrays.binarySearch(upper, raw);
        if (i < 0) {
            i = -i - 1;
        }
        return Math.min(i, upper.length - 1);
    }

    static ScoreCalibration parse(InputStream in) throws IOException {
        List<double[]> rows = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] t = line.split("\t");
                rows.add(new double[] {Double.parseDouble(t[0]), Double.parseDouble(t[1])});
            }
        }
        return new ScoreCalibration(rows.stream().mapToDouble(x -> x[0]).toArray(),
                rows.stream().mapToDouble(x -> x[1]).toArray());
    }

    /**
     * Fits the step function to observations by isotonic regression.
     *
     * @param raw     raw strengths
     * @param correct whether each observation's UPRN was the true one
     */
    public static ScoreCalibration fit(double[] raw, boolean[] correct) {
        Integer[] order = new Integer[raw.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(raw[a], raw[b]));
        // Pool adjacent violators over blocks of (sum correct, count, max raw).
        double[] sum = new double[raw.length];
        double[] n = new double[raw.length];
        double[] hi = new double[raw.length];
        int blocks = 0;
        for (Integer i : order) {
            sum[blocks] = correct[i] ? 1 : 0;
            n[blocks] = 1;
            hi[blocks] = raw[i];
            blocks++;
            while (blocks > 1 && (hi[blocks - 2] == hi[blocks - 1]
                    || sum[blocks - 2] / n[blocks - 2] >= sum[blocks - 1] / n[blocks - 1])) {
                sum[blocks - 2] += sum[blocks - 1];
                n[blocks - 2] += n[blocks - 1];
                hi[blocks - 2] = hi[blocks - 1];
                blocks--;
            }
        }
        double[] p = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            p[b] = sum[b] / n[b];
        }
        return new ScoreCalibration(Arrays.copyOf(hi, blocks), p);
    }

    /** The calibrated score of {@code raw}. */
    public double apply(double raw) {
        if (upper.length == 0) {
            return raw;
        }
        int i = Arrays.binarySearch(upper, raw);
        if (i < 0) {
            i = -i - 1;
        }
        return precision[Math.min(i, precision.length - 1)];
    }

    /** The table in resource form. */
    public String toTsv() {
        return toTsv("isotonic fit on generated data");
    }

    /** The table in resource form, its first comment line naming the data it was fitted on. */
    public String toTsv(String fittedOn) {
        StringBuilder b = new StringBuilder("# upper_raw\tprecision (" + fittedOn + ")\n");
        for (int i = 0; i < upper.length; i++) {
            b.append(String.format(Locale.ROOT, "%.6f\t%.6f%n", upper[i], precision[i]));
        }
        return b.toString();
    }
}
