package org.residentindex.score;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.residentindex.ResidentIndexException;

/**
 * Per field, how often each (normalised) value occurs among the records: agreeing on "jones" (5% of Welsh
 * residents) is far weaker evidence than agreeing on a rare surname. {@link #frequency} gives the relative
 * frequency that {@link MatchModel#weight(int[], double[])} uses for exact agreements.
 *
 * <p>Immutable once built. The tables hold real values (names, postcodes): they are personal data and are only
 * written where the user asks for the model to be saved with them.
 */
public final class TermFrequencies {

    private final Map<String, Map<String, Long>> counts;
    private final Map<String, Long> totals;

    private TermFrequencies(Map<String, Map<String, Long>> counts) {
        Map<String, Map<String, Long>> copy = new TreeMap<>();
        Map<String, Long> sums = new TreeMap<>();
        counts.forEach((field, table) -> {
            copy.put(field, Collections.unmodifiableMap(new HashMap<>(table)));
            long sum = 0;
            for (long c : table.values()) {
                if (c <= 0) {
                    throw new ResidentIndexException("Term counts of field '" + field + "' must be positive");
                }
                sum += c;
            }
            sums.put(field, sum);
        });
        this.counts = Collections.unmodifiableMap(copy);
        this.totals = Collections.unmodifiableMap(sums);
    }

    /** Frequencies from explicit counts: field → (value → count). */
    public static TermFrequencies ofCounts(Map<String, Map<String, Long>> counts) {
        return new TermFrequencies(counts);
    }

    /** A builder that counts values record by record. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Relative frequency of {@code value} among the non-missing values of {@code field}; {@code NaN} when the field
     * has no table or the value was never counted (the model then applies no adjustment).
     */
    public double frequency(String field, String value) {
        Map<String, Long> table = counts.get(field);
        if (table == null || value == null) {
            return Double.NaN;
        }
        Long count = table.get(value);
        return count == null ? Double.NaN : (double) count / totals.get(field);
    }

    /** Fields with a table, sorted. */
    public java.util.Set<String> fields() {
        return counts.keySet();
    }

    /** The counts of one field, sorted by value (for saving); empty if the field has no table. */
    public Map<String, Long> counts(String field) {
        return new TreeMap<>(counts.getOrDefault(field, Map.of()));
    }

    /** Counts values; not thread-safe. */
    public static final class Builder {
        private final Map<String, Map<String, Long>> counts = new TreeMap<>();

        /** Counts one record's value of a field; null or empty values are missing and not counted. */
        public Builder add(String field, String value) {
            if (value != null && !value.isEmpty()) {
                counts.computeIfAbsent(field, f -> new HashMap<>()).merge(value, 1L, Long::sum);
            }
            return this;
        }

        public TermFrequencies build() {
            return new TermFrequencies(counts);
        }
    }
}
