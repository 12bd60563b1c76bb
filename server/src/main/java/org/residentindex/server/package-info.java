/**
 * {@code rix serve}: the live resident index over HTTP. A thin shell, as picocli is for the CLI: {@link
 * org.residentindex.server.ApiHandler} parses and checks a request (size, types, authentication, purpose), calls
 * the engine's {@link org.residentindex.live.LiveIndex} and writes JSON; errors are {@code application/problem+json}
 * from one place ({@link org.residentindex.server.Problem}). Security decisions live in
 * {@link org.residentindex.server.security.Policy}; the audit trail in {@link org.residentindex.server.audit.AuditLog}.
 */
package org.residentindex.server;
