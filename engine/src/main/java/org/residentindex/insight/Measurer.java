package org.residentindex.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.residentindex.model.NormalisedRecord;

/**
 * Computes {@link DatasetMeasures} and {@link ServiceOverlap} from a {@link Population}. Pure: the same
 * population gives the same measures. Thread-safe.
 */
public final class Measurer {

    /**
     * Measures every dataset of {@code population}.
     *
     * @param rejected rows rejected on reading, per source (absent means 0)
     */
    public List<DatasetMeasures> datasets(Population population, Map<String, Long> rejected) {
        List<DatasetMeasures> out = new ArrayList<>();
        for (String source : population.sources()) {
            out.add(dataset(population, source, rejected.getOrDefault(source, 0L)));
        }
        return out;
    }

    private DatasetMeasures dataset(Population population, String source, long rejected) {
        List<LinkedRecord> records = population.records(source);
        Map<String, List<LinkedRecord>> byEntity = new LinkedHashMap<>();
        long given = 0;
        long matched = 0;
        long linked = 0;
        long pcPresent = 0;
        long pcValid = 0;
        long dobPresent = 0;
        long dobValid = 0;
        long namePresent = 0;
        long nameValid = 0;
        for (LinkedRecord r : records) {
            byEntity.computeIfAbsent(r.entityId(), k -> new ArrayList<>()).add(r);
            given += r.property().basis() == PropertyRef.Basis.GIVEN ? 1 : 0;
            matched += r.property().basis() == PropertyRef.Basis.MATCHED ? 1 : 0;
            linked += population.sourcesOf(r.entityId()).size() > 1 ? 1 : 0;
            NormalisedRecord n = r.record();
            pcPresent += n.postcode() != null ? 1 : 0;
            pcValid += n.postcode() != null && n.postcode().valid() ? 1 : 0;
            dobPresent += n.dateOfBirth().raw() != null ? 1 : 0;
            dobValid += n.dateOfBirth().isValid() ? 1 : 0;
            boolean hasName = n.surname() != null || n.givenName() != null;
            namePresent += hasName ? 1 : 0;
            nameValid += hasName && validName(n.surname()) && validName(n.givenName()) ? 1 : 0;
        }
        long conflictingDob = 0;
        long multipleProperties = 0;
        for (List<LinkedRecord> rs : byEntity.values()) {
            conflictingDob += distinctDobs(rs).size() > 1 ? 1 : 0;
            multipleProperties += distinctProperties(rs).size() > 1 ? 1 : 0;
        }
        long n = records.size();
        long residents = byEntity.size();
        List<FieldQuality> fields = List.of(
                FieldQuality.of("postcode", n, pcPresent, pcValid),
                FieldQuality.of("date_of_birth", n, dobPresent, dobValid),
                FieldQuality.of("name", n, namePresent, nameValid));
        return new DatasetMeasures(source, n, rejected, residents, n - residents, Ratio.of(n - residents, n),
                given, matched, n - given - matched, Ratio.of(given + matched, n), fields, conflictingDob,
                multipleProperties, linked, Ratio.of(linked, n));
    }

    /** A name is valid when present and made of letters, spaces, hyphens and apostrophes only. */
    private static boolean validName(String folded) {
        return folded != null && folded.matches("[\\p{L}][\\p{L} '\\-]*");
    }

    static Set<LocalDate> distinctDobs(List<LinkedRecord> records) {
        Set<LocalDate> dobs = new HashSet<>();
        for (LinkedRecord r : records) {
            if (r.record().dateOfBirth().isValid()) {
                dobs.add(r.record().dateOfBirth().date());
            }
        }
        return dobs;
    }

    static Set<String> distinctProperties(List<LinkedRecord> records) {
        Set<String> keys = new HashSet<>();
        for (LinkedRecord r : records) {
            if (r.property().isKnown()) {
                keys.add(r.property().key());
            }
        }
        return keys;
    }

    /** Measures across the datasets of {@code population}. */
    public ServiceOverlap overlap(Population population) {
        List<String> sources = population.sources();
        int k = sources.size();
        long[][] matrix = new long[k][k];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < k; i++) {
            index.put(sources.get(i), i);
        }
        long one = 0;
        long two = 0;
        long more = 0;
        long conflicting = 0;
        for (String entity : population.entities()) {
            List<Integer> in = population.sourcesOf(entity).stream().map(index::get).toList();
            for (int a : in) {
                for (int b : in) {
                    matrix[a][b]++;
                }
            }
            one += in.size() == 1 ? 1 : 0;
            two += in.size() == 2 ? 1 : 0;
            more += in.size() >= 3 ? 1 : 0;
            conflicting += distinctDobs(population.ofEntity(entity)).size() > 1 ? 1 : 0;
        }
        Map<String, Long> spans = new LinkedHashMap<>();
        spans.put("1", one);
        spans.put("2", two);
        spans.put("3+", more);
        List<List<Long>> rows = new ArrayList<>();
        for (long[] row : matrix) {
            List<Long> r = new ArrayList<>();
            for (long v : row) {
                r.add(v);
            }
            rows.add(r);
        }
        long residents = population.entities().size();
        double perResident = residents == 0 ? 0.0 : Ratio.round((double) population.size() / residents);
        return new ServiceOverlap(residents, spans, sources, rows, perResident, conflicting,
                Ratio.of(conflicting, residents));
    }
}
