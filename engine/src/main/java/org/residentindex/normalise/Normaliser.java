package org.residentindex.normalise;

/**
 * Turns one raw field value into a comparable form. Contract, tested for every implementation by
 * {@code NormaliserContract}: never throws for any input (bad values come back flagged, not as exceptions);
 * null-safe (null or blank gives the implementation's "missing" value); idempotent on its own textual output
 * where the output is text; independent of the default locale.
 *
 * @param <T> the normalised form
 */
@FunctionalInterface
public interface Normaliser<T> {

    /** The normalised form of {@code raw}. */
    T normalise(String raw);
}
