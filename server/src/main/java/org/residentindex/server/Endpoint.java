package org.residentindex.server;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every route the server answers. Each is in the OpenAPI document and in the security table (tests check both):
 * a new endpoint without them fails the build.
 */
public enum Endpoint {
    HEALTH("GET", "/health", true),
    METRICS("GET", "/metrics", true),
    OPENAPI("GET", "/v1/openapi.json", true),
    SEARCH("POST", "/v1/search", false),
    RESIDENT("GET", "/v1/residents/{id}", false),
    HOUSEHOLD("GET", "/v1/households/{uprn}", false),
    VALIDATE("POST", "/v1/electoral-register/validate", false),
    CHANGES("GET", "/v1/changes", false),
    ADD_RECORDS("POST", "/v1/records", false),
    RETRACT_RECORD("DELETE", "/v1/records/{source}/{record_id}", false);

    private final String method;
    private final String path;
    private final boolean open;
    private final Pattern pattern;

    Endpoint(String method, String path, boolean open) {
        this.method = method;
        this.path = path;
        this.open = open;
        this.pattern = Pattern.compile(path.replaceAll("\\{[a-z_]+}", "([^/]+)").replace(".", "\\."));
    }

    /** The HTTP method. */
    public String method() {
        return method;
    }

    /** The path template, as in the OpenAPI document. */
    public String path() {
        return path;
    }

    /** True for the endpoints that need no authentication (they carry no personal data). */
    public boolean open() {
        return open;
    }

    /** The name used in configuration and audit entries, e.g. {@code add_records}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The endpoint named {@code key}, or null. */
    public static Endpoint ofKey(String key) {
        for (Endpoint e : values()) {
            if (e.key().equals(key)) {
                return e;
            }
        }
        return null;
    }

    /** The path parameters when {@code requestPath} matches this endpoint's template, else null. */
    public List<String> match(String requestPath) {
        Matcher m = pattern.matcher(requestPath);
        if (!m.matches()) {
            return null;
        }
        String[] groups = new String[m.groupCount()];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = java.net.URLDecoder.decode(m.group(i + 1), java.nio.charset.StandardCharsets.UTF_8);
        }
        return List.of(groups);
    }
}
