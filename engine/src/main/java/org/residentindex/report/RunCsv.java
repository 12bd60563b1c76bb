package org.residentindex.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.residentindex.cluster.CsvInput;
import org.residentindex.cluster.EntityFile;
import org.residentindex.insight.Scenario;

/**
 * Readers for the CSV files of a run directory and of a generated county's answer key, on the engine's one CSV
 * input ({@link CsvInput}: required columns checked, errors naming file, line and column) and its
 * {@code source,record_id,entity_id} reader ({@link EntityFile}).
 */
final class RunCsv {

    private RunCsv() {
    }

    /** {@code entities.csv}: {@code source#record_id} → entity id. */
    static Map<String, String> entities(Path file) {
        Map<String, String> map = new HashMap<>();
        EntityFile.read(file).forEach((key, entity) -> map.put(key.source() + "#" + key.recordId(), entity));
        return map;
    }

    /** {@code links.csv} match weights, in file order; empty when the file is absent. */
    static List<Double> weights(Path file) {
        List<Double> weights = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return weights;
        }
        CsvInput.read(file, List.of("match_weight"), r -> {
            try {
                weights.add(Double.parseDouble(r.required("match_weight")));
            } catch (NumberFormatException e) {
                throw r.problem("match_weight", "is not a number");
            }
        });
        return weights;
    }

    /** {@code links.csv} or {@code review.csv}: (match weight, match probability) per pair; empty when absent. */
    static List<double[]> pairs(Path file) {
        List<double[]> pairs = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return pairs;
        }
        CsvInput.read(file, List.of("match_weight", "match_probability"), r -> {
            try {
                pairs.add(new double[] {Double.parseDouble(r.required("match_weight")),
                        Double.parseDouble(r.required("match_probability"))});
            } catch (NumberFormatException e) {
                throw r.problem("match_weight", "is not a number");
            }
        });
        return pairs;
    }

    /** {@code rejects.csv}: distinct rejected lines per source; null when the file is absent. */
    static Map<String, Long> rejects(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Map<String, Set<String>> lines = new LinkedHashMap<>();
        CsvInput.read(file, List.of("source", "line"),
                r -> lines.computeIfAbsent(r.required("source"), k -> new HashSet<>()).add(r.required("line")));
        Map<String, Long> counts = new LinkedHashMap<>();
        lines.forEach((k, v) -> counts.put(k, (long) v.size()));
        return counts;
    }

    /** {@code scenarios.csv} rows. */
    static List<Scenario> scenarios(Path file) {
        List<Scenario> out = new ArrayList<>();
        CsvInput.read(file, List.of("scenario", "source", "record_id"),
                r -> out.add(new Scenario(r.required("scenario"), r.required("source"), r.required("record_id"))));
        return out;
    }

    /** {@code truth.csv}: {@code source#record_id} → entity id (extra columns ignored). */
    static Map<String, String> truth(Path file) {
        return entities(file);
    }
}
