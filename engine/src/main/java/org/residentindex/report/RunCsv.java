package org.residentindex.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.residentindex.ResidentIndexException;
import org.residentindex.insight.Scenario;

/** Readers for the CSV files of a run directory and of a generated county's answer key. */
final class RunCsv {

    private static final CSVFormat HEADED = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private RunCsv() {
    }

    /** {@code entities.csv}: {@code source#record_id} → entity id. */
    static Map<String, String> entities(Path file) {
        Map<String, String> map = new HashMap<>();
        each(file, List.of("source", "record_id", "entity_id"),
                r -> map.put(r.get("source") + "#" + r.get("record_id"), r.get("entity_id")));
        return map;
    }

    /** {@code links.csv} match weights, in file order; empty when the file is absent. */
    static List<Double> weights(Path file) {
        List<Double> weights = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return weights;
        }
        each(file, List.of("match_weight"), r -> {
            try {
                weights.add(Double.parseDouble(r.get("match_weight")));
            } catch (NumberFormatException e) {
                throw new ResidentIndexException(file + ": line " + (r.getRecordNumber() + 1)
                        + ", column match_weight: expected a number");
            }
        });
        return weights;
    }

    /** {@code rejects.csv}: distinct rejected lines per source; null when the file is absent. */
    static Map<String, Long> rejects(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Map<String, java.util.Set<String>> lines = new LinkedHashMap<>();
        each(file, List.of("source", "line"),
                r -> lines.computeIfAbsent(r.get("source"), k -> new java.util.HashSet<>()).add(r.get("line")));
        Map<String, Long> counts = new LinkedHashMap<>();
        lines.forEach((k, v) -> counts.put(k, (long) v.size()));
        return counts;
    }

    /** {@code scenarios.csv} rows. */
    static List<Scenario> scenarios(Path file) {
        List<Scenario> out = new ArrayList<>();
        each(file, List.of("scenario", "source", "record_id"),
                r -> out.add(new Scenario(r.get("scenario"), r.get("source"), r.get("record_id"))));
        return out;
    }

    /** {@code truth.csv}: {@code source#record_id} → entity id. */
    static Map<String, String> truth(Path file) {
        return entities(file);
    }

    private static void each(Path file, List<String> required, Consumer<CSVRecord> consumer) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, HEADED)) {
            for (String column : required) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new ResidentIndexException(file + ": missing column '" + column + "'; expected "
                            + required);
                }
            }
            for (CSVRecord r : parser) {
                consumer.accept(r);
            }
        } catch (IOException e) {
            throw new ResidentIndexException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new ResidentIndexException(file + ": not a valid CSV: " + e.getMessage(), e);
        }
    }
}
