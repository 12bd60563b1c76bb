package org.residentindex.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.residentindex.ResidentIndexException;

/**
 * {@code server.yaml}: where the server listens, its limits, who may call it (API keys as slow hashes, an OIDC
 * issuer) and the security policy (roles → purposes; each purpose, an information-sharing agreement under the Wales
 * Accord, → endpoints, services and fields). Unknown keys are errors. Defaults: 127.0.0.1, port 8080, 1 MiB
 * bodies, 600 requests a minute per caller.
 */
public record ServerConfig(String bind, Integer port, Tls tls,
        @JsonProperty("max_request_bytes") Integer maxRequestBytes,
        @JsonProperty("requests_per_minute") Integer requestsPerMinute,
        List<ApiKey> keys, Oidc oidc, Map<String, Role> roles, Map<String, Purpose> purposes, String audit) {

    /** TLS from a keystore (PKCS#12 or JKS); the password comes from the named environment variable. */
    public record Tls(String keystore, @JsonProperty("password_env") String passwordEnv) {
    }

    /**
     * One API key: its public id, the PBKDF2 hash of its secret ({@link
     * org.residentindex.server.security.ApiKeys#hash}) and its role.
     */
    public record ApiKey(String id, String hash, String role) {
    }

    /**
     * An OIDC issuer whose signed ID/access tokens are accepted: {@code jwks} is a file or an https URL of its key
     * set; the role is read from {@code role_claim} (a string or the first of a list).
     */
    public record Oidc(String issuer, String audience, String jwks, @JsonProperty("role_claim") String roleClaim) {
    }

    /** A role: the purposes it may declare. */
    public record Role(List<String> purposes) {
    }

    /**
     * A purpose (one sharing agreement): its reference, the endpoints it allows, the services (sources) whose records
     * it may see ({@code "*"}: all) and the fields it may see ({@code "*"}: all).
     */
    public record Purpose(String agreement, List<String> endpoints, List<String> services, List<String> fields) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** Reads {@code server.yaml}. */
    public static ServerConfig read(Path file) {
        try {
            return YAML.readValue(file.toFile(), ServerConfig.class);
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot read " + file + ": " + e.getMessage().lines().findFirst()
                    .orElse(e.getClass().getSimpleName()), e);
        }
    }

    /** Writes this config as YAML. */
    public void write(Path file) {
        try {
            YAML.writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot write " + file + ": " + e.getClass().getSimpleName(), e);
        }
    }

    public String bindOrDefault() {
        return bind == null ? "127.0.0.1" : bind;
    }

    public int portOrDefault() {
        return port == null ? 8080 : port;
    }

    public int maxRequestBytesOrDefault() {
        return maxRequestBytes == null ? 1 << 20 : maxRequestBytes;
    }

    public int requestsPerMinuteOrDefault() {
        return requestsPerMinute == null ? 600 : requestsPerMinute;
    }

    /** This config with other keys. */
    public ServerConfig withKeys(List<ApiKey> newKeys) {
        return new ServerConfig(bind, port, tls, maxRequestBytes, requestsPerMinute, newKeys, oidc, roles, purposes,
                audit);
    }

    /** This config on another port. */
    public ServerConfig withPort(int newPort) {
        return new ServerConfig(bind, newPort, tls, maxRequestBytes, requestsPerMinute, keys, oidc, roles, purposes,
                audit);
    }

    /** This config with other limits. */
    public ServerConfig withLimits(int bytes, int perMinute) {
        return new ServerConfig(bind, port, tls, bytes, perMinute, keys, oidc, roles, purposes, audit);
    }

    /** This config with an OIDC issuer. */
    public ServerConfig withOidc(Oidc newOidc) {
        return new ServerConfig(bind, port, tls, maxRequestBytes, requestsPerMinute, keys, newOidc, roles, purposes,
                audit);
    }

    /** This config with TLS. */
    public ServerConfig withTls(Tls newTls) {
        return new ServerConfig(bind, port, newTls, maxRequestBytes, requestsPerMinute, keys, oidc, roles, purposes,
                audit);
    }

    /** The default policy (roles and purposes) shipped with rix: {@code default-policy.yaml}. */
    public static ServerConfig defaults() {
        try (var in = ServerConfig.class.getResourceAsStream("default-policy.yaml")) {
            return YAML.readValue(in, ServerConfig.class);
        } catch (IOException e) {
            throw new ResidentIndexException("The default policy cannot be read", e);
        }
    }
}
