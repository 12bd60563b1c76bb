package org.residentindex.server;

/**
 * An HTTP error as RFC 9457 problem details ({@code application/problem+json}): one type URI per kind. Thrown by
 * handlers and the security checks; {@link ApiHandler} maps it, and every other exception, to a response in one
 * place. Messages never hold personal data.
 */
public final class Problem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The kinds of problem. */
    public enum Kind {
        BAD_REQUEST(400, "bad-request", "The request is not valid"),
        UNAUTHENTICATED(401, "unauthenticated", "Authentication is required"),
        FORBIDDEN(403, "forbidden", "Not permitted for this role and purpose"),
        NOT_FOUND(404, "not-found", "Not found"),
        METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
        TOO_LARGE(413, "too-large", "The request body is too large"),
        UNSUPPORTED_MEDIA(415, "unsupported-media-type", "The request body must be application/json"),
        RATE_LIMITED(429, "rate-limited", "Too many requests"),
        INTERNAL(500, "internal", "Internal error"),
        UNAVAILABLE(503, "unavailable", "Shutting down");

        final int status;
        final String slug;
        final String title;

        Kind(int status, String slug, String title) {
            this.status = status;
            this.slug = slug;
            this.title = title;
        }

        /** The HTTP status. */
        public int status() {
            return status;
        }

        /** The problem type URI. */
        public String type() {
            return "https://resident-index.org/problems/" + slug;
        }

        /** The short title. */
        public String title() {
            return title;
        }
    }

    private final Kind kind;

    public Problem(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    /** The kind. */
    public Kind kind() {
        return kind;
    }
}
