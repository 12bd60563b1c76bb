/**
 * Who may call the server and what they may see: authentication (API keys stored as PBKDF2 hashes, OIDC bearer
 * tokens checked against the issuer's key set), the policy (role × purpose × endpoint → allowed, with the services
 * and fields in view) and a rate limit per caller. Every security decision is made here, nowhere else.
 */
package org.residentindex.server.security;
