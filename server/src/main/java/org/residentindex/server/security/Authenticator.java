package org.residentindex.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.residentindex.server.ServerConfig;

/**
 * Authenticates a request's {@code Authorization: Bearer …} header: an API key ({@code rix_<id>_<secret>},
 * checked against its PBKDF2 hash) or an OIDC token (a JWT, when an issuer is configured). A verified API key is
 * remembered by its SHA-256 fingerprint for ten minutes, so the slow hash is paid once per key, not per request.
 */
public final class Authenticator {

    private final Map<String, ServerConfig.ApiKey> keys = new HashMap<>();
    private final OidcVerifier oidc;
    private final Cache<String, Principal> verified = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10)).build();

    public Authenticator(ServerConfig config) {
        if (config.keys() != null) {
            config.keys().forEach(k -> keys.put(k.id(), k));
        }
        this.oidc = config.oidc() == null ? null : new OidcVerifier(config.oidc());
    }

    /** The caller, or empty when the header is missing or the credential is not valid. */
    public Optional<Principal> authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = authorization.substring(7).trim();
        String id = ApiKeys.idOf(token);
        if (id != null) {
            String fp = ApiKeys.fingerprint(token);
            Principal known = verified.getIfPresent(fp);
            if (known != null) {
                return Optional.of(known);
            }
            ServerConfig.ApiKey k = keys.get(id);
            if (k != null && ApiKeys.verify(ApiKeys.secretOf(token), k.hash())) {
                Principal p = new Principal(k.id(), k.role(), "api_key");
                verified.put(fp, p);
                return Optional.of(p);
            }
            return Optional.empty();
        }
        if (oidc != null && token.chars().filter(c -> c == '.').count() == 2) {
            return Optional.ofNullable(oidc.verify(token));
        }
        return Optional.empty();
    }
}
