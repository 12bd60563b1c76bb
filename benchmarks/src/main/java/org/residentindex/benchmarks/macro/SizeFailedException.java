package org.residentindex.benchmarks.macro;

/** Thrown by {@link MacroBenchmark#run} when the link run of a size fails; carries how far it got. */
public final class SizeFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SizeFailure failure;

    SizeFailedException(SizeFailure failure, Throwable cause) {
        super("the link run of " + failure.residents() + " residents failed: " + failure.error(), cause);
        this.failure = failure;
    }

    /** How far the run got. */
    public SizeFailure failure() {
        return failure;
    }
}
