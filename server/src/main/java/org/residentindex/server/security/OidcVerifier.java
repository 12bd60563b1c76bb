package org.residentindex.server.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.residentindex.ResidentIndexException;
import org.residentindex.server.ServerConfig;

/**
 * Verifies OIDC bearer tokens (signed JWTs) with Nimbus JOSE+JWT against the configured issuer's key set (a file, or
 * an https URL fetched and cached by Nimbus): signature (RS256/ES256/PS256), issuer, audience, expiry and
 * not-before. The role comes from the configured claim.
 */
public final class OidcVerifier {

    private final DefaultJWTProcessor<SecurityContext> processor;
    private final String roleClaim;

    public OidcVerifier(ServerConfig.Oidc config) {
        JWKSource<SecurityContext> keys;
        try {
            keys = config.jwks().startsWith("https://")
                    ? JWKSourceBuilder.create(URI.create(config.jwks()).toURL()).build()
                    : new ImmutableJWKSet<>(JWKSet.load(Path.of(config.jwks()).toFile()));
        } catch (Exception e) {
            throw new ResidentIndexException("Cannot load the OIDC key set " + config.jwks() + ": "
                    + e.getClass().getSimpleName(), e);
        }
        processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256,
                JWSAlgorithm.PS256), keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(config.audience(),
                new JWTClaimsSet.Builder().issuer(config.issuer()).build(), Set.of("sub", "exp")));
        this.roleClaim = config.roleClaim() == null ? "rix_role" : config.roleClaim();
    }

    /** The caller of a valid token, or null when the token is invalid (any reason: the caller is told only 401). */
    public Principal verify(String token) {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            Object role = claims.getClaim(roleClaim);
            String r = role instanceof String s ? s : role instanceof List<?> l && !l.isEmpty() ? String.valueOf(
                    l.get(0)) : null;
            return r == null ? null : new Principal(claims.getSubject(), r, "oidc");
        } catch (Exception e) {
            return null;
        }
    }
}
