package org.residentindex.ingest.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.residentindex.insight.InsightSources;
import org.residentindex.insight.MaturityThresholds;

/**
 * The contents of {@code link.yaml}: the sources to link, the optional property gazetteer, and the report's
 * {@code maturity:} thresholds and {@code insights:} source roles. Paths are already resolved against the
 * yaml's folder. Absent sections take their documented defaults; unknown keys are rejected by the reader.
 *
 * @param sources   the sources, in file order
 * @param gazetteer the gazetteer CSV, or null
 * @param maturity  thresholds of the Wales Audit Office maturity levels (defaults when absent)
 * @param insights  which dataset plays which role in the Camden-style insights (defaults when absent)
 */
public record LinkConfig(List<SourceConfig> sources, Path gazetteer, MaturityThresholds maturity,
        InsightSources insights) {

    public LinkConfig {
        sources = sources == null ? List.of() : List.copyOf(sources);
        maturity = maturity == null ? MaturityThresholds.defaults() : maturity;
        insights = insights == null ? InsightSources.defaults() : insights;
    }

    /** Sources and gazetteer only; the report sections take their defaults. */
    public LinkConfig(List<SourceConfig> sources, Path gazetteer) {
        this(sources, gazetteer, null, null);
    }

    /** The same config with other sources. */
    public LinkConfig withSources(List<SourceConfig> newSources) {
        return new LinkConfig(newSources, gazetteer, maturity, insights);
    }

    /** The source whose path is the same file as {@code file}, if any. */
    public Optional<SourceConfig> sourceFor(Path file) {
        Path wanted = file.toAbsolutePath().normalize();
        return sources.stream().filter(s -> s.path().toAbsolutePath().normalize().equals(wanted)).findFirst();
    }
}
