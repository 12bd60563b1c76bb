package org.residentindex.link;

import java.nio.file.Path;
import java.util.List;
import org.residentindex.ProgressListener;
import org.residentindex.ingest.config.SourceConfig;

/**
 * Everything one link run needs besides the output folder.
 *
 * @param sources          the sources, at least one
 * @param model            a saved {@code model.json} to reuse (training skipped), or null
 * @param decisions        reviewers' {@code decisions.csv}, or null (then {@code OUT/decisions.csv} if present)
 * @param previousEntities the previous run's {@code entities.csv}, or null (then {@code OUT/entities.csv} if
 *                         present)
 * @param listener         progress receiver
 * @param threads          worker threads, at least 1
 */
public record LinkRequest(List<SourceConfig> sources, Path model, Path decisions, Path previousEntities,
        ProgressListener listener, int threads) {

    public LinkRequest {
        sources = List.copyOf(sources);
        listener = listener == null ? ProgressListener.NONE : listener;
        threads = Math.max(1, threads);
    }
}
