package org.residentindex.ingest.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The contents of {@code link.yaml}: the sources to link and the optional property gazetteer. Paths are
 * already resolved against the yaml's folder. Later sections ({@code linkage:}, {@code maturity:}) are added
 * here when they exist; until then they are rejected as unknown keys.
 *
 * @param sources   the sources, in file order
 * @param gazetteer the gazetteer CSV, or null
 */
public record LinkConfig(List<SourceConfig> sources, Path gazetteer) {

    public LinkConfig {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** The source whose path is the same file as {@code file}, if any. */
    public Optional<SourceConfig> sourceFor(Path file) {
        Path wanted = file.toAbsolutePath().normalize();
        return sources.stream().filter(s -> s.path().toAbsolutePath().normalize().equals(wanted)).findFirst();
    }
}
