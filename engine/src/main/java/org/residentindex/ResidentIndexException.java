package org.residentindex;

/**
 * The one unchecked exception family the engine throws. Messages are written for a council data officer:
 * they name the file, line and column, what was found in general terms and what was expected, and never
 * quote personal data (names, dates of birth, addresses).
 */
public class ResidentIndexException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ResidentIndexException(String message) {
        super(message);
    }

    public ResidentIndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
