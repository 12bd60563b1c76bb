package org.residentindex.benchmarks.macro;

/**
 * What a size's child process hands back: exactly one of a result or a failure.
 *
 * @param result  the figures, or null
 * @param failure how far a failed run got, or null
 */
record SizeOutcome(SizeResult result, SizeFailure failure) {
}
