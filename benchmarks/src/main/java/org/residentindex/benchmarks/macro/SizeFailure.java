package org.residentindex.benchmarks.macro;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A size whose link run failed (typically {@code OutOfMemoryError} under the heap limit): how far it got, so the
 * report can say by how much the goal was missed instead of losing the size.
 *
 * @param residents          residents generated
 * @param seed               generator seed
 * @param maxHeapBytes       the JVM's maximum heap
 * @param records            dataset records generated (the engine did not report its own count)
 * @param generateSeconds    generation wall time
 * @param elapsedSeconds     link wall time until the failure
 * @param progressSeconds    seconds from the start of the link to each stage's last progress report
 * @param error              the exception's class and message, with the engine frames where it was thrown
 * @param peakHeapBytes      largest heap use sampled
 * @param peakRssBytes       peak resident set (VmHWM), -1 where unavailable
 */
public record SizeFailure(int residents, long seed, long maxHeapBytes, long records, double generateSeconds,
        double elapsedSeconds, Map<String, Double> progressSeconds, String error, long peakHeapBytes,
        long peakRssBytes) {

    public SizeFailure {
        progressSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(progressSeconds));
    }

    /** The class and message of {@code t} and up to three engine frames of its stack. */
    static String describe(Throwable t) {
        StringBuilder b = new StringBuilder(t.toString());
        int frames = 0;
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("org.residentindex.") && !e.getClassName().contains(".benchmarks.")
                    && frames++ < 3) {
                b.append(frames == 1 ? " at " : " < ").append(e.getClassName()
                        .substring(e.getClassName().lastIndexOf('.') + 1)).append('.').append(e.getMethodName());
            }
        }
        return b.toString();
    }
}
