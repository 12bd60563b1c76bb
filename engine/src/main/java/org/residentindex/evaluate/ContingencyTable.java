package org.residentindex.evaluate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.residentindex.cluster.RecordKey;

/**
 * The intersection table of predicted clusters × true entities over the records both sides know: {@code n_ij}
 * records in predicted cluster i and true entity j, with row sums {@code a_i} and column sums {@code b_j}.
 * Records only one side knows are counted ({@link #onlyPredicted()}, {@link #onlyTruth()}) and left out of the
 * table, so metrics are computed over the common records and the caller can report the gap. Cells are kept
 * sorted, so every sum runs in the same order (deterministic floating-point results).
 */
public final class ContingencyTable {

    private final long[] cells;
    private final long[] cellCounts;
    private final long[] rowSums;
    private final long[] columnSums;
    private final long records;
    private final long onlyPredicted;
    private final long onlyTruth;

    private ContingencyTable(long[] cells, long[] cellCounts, long[] rowSums, long[] columnSums, long records,
            long onlyPredicted, long onlyTruth) {
        this.cells = cells;
        this.cellCounts = cellCounts;
        this.rowSums = rowSums;
        this.columnSums = columnSums;
        this.records = records;
        this.onlyPredicted = onlyPredicted;
        this.onlyTruth = onlyTruth;
    }

    /** Builds the table from predicted and true record → entity maps. */
    public static ContingencyTable of(Map<RecordKey, String> predicted, Map<RecordKey, String> truth) {
        Map<String, Integer> rows = new HashMap<>();
        Map<String, Integer> columns = new HashMap<>();
        Map<Long, long[]> counts = new HashMap<>();
        long common = 0;
        long onlyPredicted = 0;
        for (Map.Entry<RecordKey, String> e : predicted.entrySet()) {
            String trueEntity = truth.get(e.getKey());
            if (trueEntity == null) {
                onlyPredicted++;
                continue;
            }
            common++;
            long row = rows.computeIfAbsent(e.getValue(), k -> rows.size());
            long column = columns.computeIfAbsent(trueEntity, k -> columns.size());
            counts.computeIfAbsent(row << 32 | column, k -> new long[1])[0]++;
        }
        long onlyTruth = 0;
        for (RecordKey key : truth.keySet()) {
            if (!predicted.containsKey(key)) {
                onlyTruth++;
            }
        }
        long[] cells = counts.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        long[] cellCounts = new long[cells.length];
        long[] rowSums = new long[rows.size()];
        long[] columnSums = new long[columns.size()];
        for (int k = 0; k < cells.length; k++) {
            cellCounts[k] = counts.get(cells[k])[0];
            rowSums[(int) (cells[k] >>> 32)] += cellCounts[k];
            columnSums[(int) cells[k]] += cellCounts[k];
        }
        return new ContingencyTable(cells, cellCounts, rowSums, columnSums, common, onlyPredicted, onlyTruth);
    }

    /** Records known to both sides (the table's total). */
    public long records() {
        return records;
    }

    /** Records in the prediction but not in the truth. */
    public long onlyPredicted() {
        return onlyPredicted;
    }

    /** Records in the truth but not in the prediction. */
    public long onlyTruth() {
        return onlyTruth;
    }

    /** Number of non-empty cells. */
    int cellCount() {
        return cells.length;
    }

    long cell(int k) {
        return cellCounts[k];
    }

    long rowSumOfCell(int k) {
        return rowSums[(int) (cells[k] >>> 32)];
    }

    long columnSumOfCell(int k) {
        return columnSums[(int) cells[k]];
    }

    long[] rowSums() {
        return Arrays.copyOf(rowSums, rowSums.length);
    }

    long[] columnSums() {
        return Arrays.copyOf(columnSums, columnSums.length);
    }

    /** n choose 2. */
    static long pairs(long n) {
        return n * (n - 1) / 2;
    }
}
