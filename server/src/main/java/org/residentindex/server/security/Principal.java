package org.residentindex.server.security;

/**
 * An authenticated caller: {@code subject} is the API key id or the token's {@code sub} (never a resident's data),
 * {@code role} the role it acts in, {@code method} {@code api_key} or {@code oidc}.
 */
public record Principal(String subject, String role, String method) {
}
