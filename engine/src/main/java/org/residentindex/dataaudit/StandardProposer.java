package org.residentindex.dataaudit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Proposes the corporate data standard from the datasets' own habits: for each core item, every dataset holding it
 * votes with the format most of its values are in; the proposal is the format with the most votes ("the format most
 * services already use"). A tie in votes is broken by the number of values in each format over all datasets, then
 * by code order, and marked as a tie. Conformance is the share of a dataset's values already in the proposed
 * format. Pure and deterministic.
 */
final class StandardProposer {

    List<StandardRow> propose(List<DatasetEntry> datasets) {
        List<StandardRow> rows = new ArrayList<>();
        for (StandardItem item : StandardItem.values()) {
            Map<String, String> majority = new LinkedHashMap<>();
            Map<String, Integer> votes = new TreeMap<>();
            Map<String, Long> values = new TreeMap<>();
            for (DatasetEntry d : datasets) {
                Map<String, Long> tally = d.formats().get(item);
                if (tally == null || tally.isEmpty()) {
                    continue;
                }
                String top = top(tally);
                majority.put(d.source(), top);
                votes.merge(top, 1, Integer::sum);
                tally.forEach((f, n) -> values.merge(f, n, Long::sum));
            }
            if (majority.isEmpty()) {
                continue;
            }
            int best = votes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            List<String> leaders = votes.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey)
                    .toList();
            String format = leaders.get(0);
            for (String f : leaders) {
                if (values.getOrDefault(f, 0L) > values.getOrDefault(format, 0L)) {
                    format = f;
                }
            }
            Map<String, Double> conformance = new LinkedHashMap<>();
            for (DatasetEntry d : datasets) {
                Map<String, Long> tally = d.formats().get(item);
                if (tally != null && !tally.isEmpty()) {
                    long all = tally.values().stream().mapToLong(Long::longValue).sum();
                    conformance.put(d.source(), Shares.of(tally.getOrDefault(format, 0L), all));
                }
            }
            rows.add(new StandardRow(item, format, best, majority.size(), leaders.size() > 1, majority, conformance));
        }
        return rows;
    }

    /** The format with the most values; ties go to the first code in order. */
    private static String top(Map<String, Long> tally) {
        String top = null;
        for (Map.Entry<String, Long> e : tally.entrySet()) {
            if (top == null || e.getValue() > tally.get(top)) {
                top = e.getKey();
            }
        }
        return top;
    }

    /** Mean of every conformance share of every row. */
    static double meanConformance(List<StandardRow> rows) {
        double sum = 0;
        int n = 0;
        for (StandardRow r : rows) {
            for (double c : r.conformance().values()) {
                sum += c;
                n++;
            }
        }
        return n == 0 ? 0.0 : Math.round(1_000_000.0 * sum / n) / 1_000_000.0;
    }
}
