package org.residentindex.insight;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures across datasets.
 *
 * @param uniqueResidents       distinct residents over all datasets
 * @param residentsByServices   residents seen in exactly 1, 2, and 3 or more datasets (keys {@code "1"},
 *                              {@code "2"}, {@code "3+"})
 * @param sources               dataset names, the order of {@link #matrix()}'s rows and columns
 * @param matrix                {@code matrix[i][j]}: residents present in both dataset i and dataset j; the
 *                              diagonal holds each dataset's residents
 * @param recordsPerResident    mean number of records held per resident (copies of personal data)
 * @param conflictingDob        residents whose valid dates of birth disagree across all their records
 * @param conflictingDobRate    {@code conflictingDob / uniqueResidents}
 */
public record ServiceOverlap(
        long uniqueResidents, Map<String, Long> residentsByServices, List<String> sources,
        List<List<Long>> matrix, double recordsPerResident, long conflictingDob, double conflictingDobRate) {

    public ServiceOverlap {
        residentsByServices = Collections.unmodifiableMap(new LinkedHashMap<>(residentsByServices));
        sources = List.copyOf(sources);
        matrix = matrix.stream().map(List::copyOf).toList();
    }
}
