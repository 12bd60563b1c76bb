package org.residentindex.evaluate;

/**
 * Pairwise accuracy of a clustering: a pair of records is predicted linked when in one cluster and truly linked
 * when of one entity. From the contingency table: {@code TP = Σ C(n_ij, 2)}, predicted pairs {@code Σ C(a_i, 2)},
 * true pairs {@code Σ C(b_j, 2)} — O(cells), never O(pairs). An empty denominator gives 1.0 (no predicted pairs
 * means no false claims; no true pairs means nothing missed).
 */
public record PairwiseMetrics(long truePositives, long falsePositives, long falseNegatives, double precision,
        double recall, double f1) {

    /** Metrics from raw counts. */
    public static PairwiseMetrics ofCounts(long tp, long fp, long fn) {
        double precision = ratio(tp, tp + fp);
        double recall = ratio(tp, tp + fn);
        return new PairwiseMetrics(tp, fp, fn, precision, recall, f1(precision, recall));
    }

    /** Metrics of the clustering the table describes. */
    public static PairwiseMetrics of(ContingencyTable table) {
        long tp = 0;
        for (int k = 0; k < table.cellCount(); k++) {
            tp += ContingencyTable.pairs(table.cell(k));
        }
        long predicted = 0;
        for (long a : table.rowSums()) {
            predicted += ContingencyTable.pairs(a);
        }
        long actual = 0;
        for (long b : table.columnSums()) {
            actual += ContingencyTable.pairs(b);
        }
        return ofCounts(tp, predicted - tp, actual - tp);
    }

    static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 1.0 : (double) numerator / denominator;
    }

    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }
}
