package org.residentindex.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.residentindex.insight.Population;

/**
 * One loaded link run: its manifest, the linked population, reading rejects per source and the match weights
 * of its links. Immutable.
 *
 * @param runDir     the run directory as given
 * @param manifest   {@code run.json}, or one synthesised from {@code --config} when absent
 * @param population the linked records
 * @param rejected   rejected rows per source (from {@code rejects.csv} when present, else from reading)
 * @param weights    match weights of {@code links.csv}, in file order; empty when absent
 */
public record RunData(String runDir, RunManifest manifest, Population population, Map<String, Long> rejected,
                      List<Double> weights) {

    public RunData {
        rejected = Collections.unmodifiableMap(new LinkedHashMap<>(rejected));
        weights = List.copyOf(weights);
    }
}
