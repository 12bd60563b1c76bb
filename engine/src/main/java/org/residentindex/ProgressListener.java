package org.residentindex;

/**
 * Receives progress of a long-running engine call. Stages are short names ({@code gazetteer}, {@code read}, {@code block},
 * {@code compare}, {@code train}, {@code score}, {@code cluster}); {@code done} counts units of work
 * out of {@code total} ({@code total} is 0 when unknown). A stage's first call, with {@code done} 0, marks its
 * start, so a listener can show a stage that reports nothing more for a while (training; {@code gazetteer-index},
 * opening a gazetteer whose search index must first be built). Calls come from the calling thread, in order; an
 * implementation must be fast. The engine never prints: the CLI draws a progress bar from these calls.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores everything. */
    ProgressListener NONE = (stage, done, total) -> { };

    /** Progress of {@code stage}: {@code done} of {@code total}. */
    void progress(String stage, long done, long total);
}
