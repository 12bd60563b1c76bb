package org.residentindex.link;

import java.nio.file.Path;
import java.time.Clock;
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
 * @param config           the link.yaml the sources came from (recorded in {@code run.json}), or null
 * @param gazetteer        the property gazetteer CSV whose UPRNs linkage uses, or null
 * @param clock            the clock giving the run's start time (recorded in {@code run.json}); null for the
 *                         system clock in UTC
 * @param truth            a truth file ({@code source,record_id,entity_id}) to measure the run against, or null:
 *                         blocking recall (with the missed true pairs in {@code blocking_missed.csv}) and the
 *                         final accuracy, overall and per source
 * @param modelPlainNames  write {@code model.json} with plain term-frequency tables (names) instead of hashed
 *                         ones ({@link org.residentindex.score.TermFrequencies#hashed()})
 */
public record LinkRequest(List<SourceConfig> sources, Path model, Path decisions, Path previousEntities,
        ProgressListener listener, int threads, Path config, Path gazetteer, Clock clock, Path truth,
        boolean modelPlainNames) {

    public LinkRequest {
        sources = List.copyOf(sources);
        listener = listener == null ? ProgressListener.NONE : listener;
        threads = Math.max(1, threads);
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    /** A request whose model.json holds hashed term frequencies. */
    public LinkRequest(List<SourceConfig> sources, Path model, Path decisions, Path previousEntities,
            ProgressListener listener, int threads, Path config, Path gazetteer, Clock clock, Path truth) {
        this(sources, model, decisions, previousEntities, listener, threads, config, gazetteer, clock, truth, false);
    }

    /** A request without config file, gazetteer, clock or truth. */
    public LinkRequest(List<SourceConfig> sources, Path model, Path decisions, Path previousEntities,
            ProgressListener listener, int threads) {
        this(sources, model, decisions, previousEntities, listener, threads, null, null, null, null);
    }
}
