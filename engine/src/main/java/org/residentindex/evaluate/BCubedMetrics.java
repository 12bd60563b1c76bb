package org.residentindex.evaluate;

/**
 * B-cubed accuracy (Bagga &amp; Baldwin): per record, precision is the share of its predicted cluster that is of
 * its true entity and recall the share of its true entity that is in its predicted cluster; both averaged over
 * records. From the contingency table: {@code P = Σ n_ij² / a_i / N}, {@code R = Σ n_ij² / b_j / N}. Unlike
 * pairwise metrics, every record weighs the same, so singletons count. An empty table gives 1.0.
 */
public record BCubedMetrics(double precision, double recall, double f1) {

    public static BCubedMetrics of(ContingencyTable table) {
        if (table.records() == 0) {
            return new BCubedMetrics(1.0, 1.0, 1.0);
        }
        double p = 0;
        double r = 0;
        for (int k = 0; k < table.cellCount(); k++) {
            double n = table.cell(k);
            p += n * n / table.rowSumOfCell(k);
            r += n * n / table.columnSumOfCell(k);
        }
        double precision = p / table.records();
        double recall = r / table.records();
        return new BCubedMetrics(precision, recall, PairwiseMetrics.f1(precision, recall));
    }
}
