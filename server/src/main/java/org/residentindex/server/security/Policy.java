package org.residentindex.server.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.residentindex.ResidentIndexException;
import org.residentindex.live.GoldenRecord;
import org.residentindex.server.Endpoint;
import org.residentindex.server.ServerConfig;

/**
 * The security policy, in one place: may this role, declaring this purpose, call this endpoint — and if so, which
 * services' records and which fields are in its view? A role may declare only its own purposes; a purpose (one
 * sharing agreement) names its endpoints, services and fields. Open endpoints (health, metrics, the API document)
 * carry no personal data and need neither. Anything not granted is refused. Immutable.
 */
public final class Policy {

    /** What a caller may see: services ({@code null}: all) and fields (never null). */
    public record View(Set<String> services, Set<String> fields, String purpose, String agreement) {
        /** No personal data at all. */
        public static final View NONE = new View(Set.of(), Set.of(), null, null);

        public boolean service(String source) {
            return services == null || services.contains(source);
        }

        public boolean field(String field) {
            return fields.contains(field);
        }
    }

    /** A decision: allowed with a view, or refused with a reason (safe to show the caller). */
    public record Decision(boolean allowed, String reason, View view) {
    }

    private final Map<String, ServerConfig.Role> roles;
    private final Map<String, ServerConfig.Purpose> purposes;

    public Policy(Map<String, ServerConfig.Role> roles, Map<String, ServerConfig.Purpose> purposes) {
        this.roles = new TreeMap<>(roles == null ? Map.of() : roles);
        this.purposes = new TreeMap<>(purposes == null ? Map.of() : purposes);
        this.roles.forEach((r, role) -> {
            for (String p : role.purposes()) {
                if (!this.purposes.containsKey(p)) {
                    throw new ResidentIndexException("Role '" + r + "' names purpose '" + p + "', which is not defined");
                }
            }
        });
        this.purposes.forEach((name, p) -> {
            for (String e : p.endpoints()) {
                if (Endpoint.ofKey(e) == null) {
                    throw new ResidentIndexException("Purpose '" + name + "' names endpoint '" + e + "', which does"
                            + " not exist");
                }
            }
            for (String f : p.fields()) {
                if (!f.equals("*") && !GoldenRecord.FIELDS.contains(f)) {
                    throw new ResidentIndexException("Purpose '" + name + "' names field '" + f + "'; fields are "
                            + GoldenRecord.FIELDS);
                }
            }
        });
    }

    /** The policy of a server config. */
    public static Policy of(ServerConfig config) {
        return new Policy(config.roles(), config.purposes());
    }

    /** The decision for {@code role} declaring {@code purpose} (may be null) on {@code endpoint}. */
    public Decision decide(String role, String purpose, Endpoint endpoint) {
        if (endpoint.open()) {
            return new Decision(true, "open endpoint", View.NONE);
        }
        ServerConfig.Role r = role == null ? null : roles.get(role);
        if (r == null) {
            return new Decision(false, "the role is not known to this server", View.NONE);
        }
        if (purpose == null || purpose.isBlank()) {
            return new Decision(false, "no purpose declared (send the X-Purpose header)", View.NONE);
        }
        if (!r.purposes().contains(purpose)) {
            return new Decision(false, "purpose '" + purpose + "' is not permitted for role '" + role + "'",
                    View.NONE);
        }
        ServerConfig.Purpose p = purposes.get(purpose);
        if (!p.endpoints().contains(endpoint.key())) {
            return new Decision(false, "purpose '" + purpose + "' does not cover " + endpoint.key(), View.NONE);
        }
        Set<String> services = p.services().contains("*") ? null : Set.copyOf(p.services());
        Set<String> fields = p.fields().contains("*") ? Set.copyOf(GoldenRecord.FIELDS) : Set.copyOf(p.fields());
        return new Decision(true, "granted by " + p.agreement(), new View(services, fields, purpose, p.agreement()));
    }

    /** Role names, sorted. */
    public List<String> roles() {
        return List.copyOf(roles.keySet());
    }

    /** Purpose names, sorted. */
    public List<String> purposes() {
        return List.copyOf(purposes.keySet());
    }
}
