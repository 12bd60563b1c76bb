package org.residentindex.link;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.residentindex.score.TermFrequencies;

/**
 * Term frequencies of the fields where a common value is much weaker evidence than a rare one (given name and
 * surname; postcode and town are inside the address comparison, where a shared address is household evidence
 * whatever its rarity), per column value id for fast scoring, and as a {@link TermFrequencies} table for
 * {@code model.json} (so {@code rix explain} reproduces the weights). Frequencies are counted on each comparator's
 * {@link org.residentindex.compare.FieldComparator#termOf term} over the records of this run.
 */
final class TermFrequencyColumns {

    /** Fields that get a term-frequency adjustment. */
    static final Set<String> FIELDS = Set.of("given_name", "surname");

    private final double[][] byId;
    private final TermFrequencies table;

    private TermFrequencyColumns(double[][] byId, TermFrequencies table) {
        this.byId = byId;
        this.table = table;
    }

    /** Counts the term-frequency fields of {@code plan} over the store's records. */
    static TermFrequencyColumns count(ComparisonPlan plan) {
        double[][] byId = new double[plan.fieldCount()][];
        Map<String, Map<String, Long>> tables = new LinkedHashMap<>();
        for (int f = 0; f < plan.fieldCount(); f++) {
            String field = plan.specs().get(f).field();
            Column column = plan.column(f);
            if (!FIELDS.contains(field) || column == null) {
                continue;
            }
            Map<String, Long> counts = new HashMap<>();
            long total = 0;
            for (int id = 1; id <= column.distinct(); id++) {
                counts.merge(plan.comparator(f).termOf(column.value(id)), (long) column.count(id), Long::sum);
                total += column.count(id);
            }
            byId[f] = new double[column.distinct() + 1];
            for (int id = 1; id <= column.distinct(); id++) {
                byId[f][id] = (double) counts.get(plan.comparator(f).termOf(column.value(id))) / total;
            }
            if (!counts.isEmpty()) {
                tables.put(field, counts);
            }
        }
        return new TermFrequencyColumns(byId, TermFrequencies.ofCounts(tables));
    }

    /** The table to save. */
    TermFrequencies table() {
        return table;
    }

    /**
     * Fills {@code out} with the frequency of the value record {@code a} holds on each field at level 0, NaN
     * elsewhere.
     */
    void frequencies(int[] vector, int a, ComparisonPlan plan, double[] out) {
        for (int f = 0; f < vector.length; f++) {
            out[f] = vector[f] == 0 && byId[f] != null ? byId[f][plan.ids(f)[a]] : Double.NaN;
        }
    }
}
