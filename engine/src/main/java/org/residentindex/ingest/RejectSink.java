package org.residentindex.ingest;

/** Receives rows that could not be accepted. Implementations decide where they go (a CSV file, a counter). */
@FunctionalInterface
public interface RejectSink {

    /** Records one rejected row. */
    void reject(Reject reject);

    /** A sink that keeps nothing (the reader still counts rejects in its summary). */
    static RejectSink discarding() {
        return r -> { };
    }
}
