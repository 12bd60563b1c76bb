package org.residentindex.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.residentindex.live.GoldenRecord;
import org.residentindex.server.security.Policy;

/**
 * The security table of the default policy: role × purpose × endpoint → allowed, and for each allowed row the
 * services and fields in view. Every endpoint must have a row for every role with its own purpose; a new endpoint
 * without rows fails here.
 */
class PolicyTableTest {

    private static final Set<String> IDENTITY = Set.of("given_name", "middle_names", "surname", "date_of_birth",
            "address", "postcode", "uprn");

    /** role → its purpose → endpoints allowed (every other endpoint refused, the open ones always allowed). */
    private static final Map<String, Map<Endpoint, Boolean>> TABLE = new LinkedHashMap<>();

    static {
        row("electoral_officer", Endpoint.HEALTH, true, Endpoint.METRICS, true, Endpoint.OPENAPI, true,
                Endpoint.SEARCH, true, Endpoint.RESIDENT, true, Endpoint.HOUSEHOLD, true, Endpoint.VALIDATE, true,
                Endpoint.CHANGES, false, Endpoint.ADD_RECORDS, false, Endpoint.RETRACT_RECORD, false);
        row("housing_officer", Endpoint.HEALTH, true, Endpoint.METRICS, true, Endpoint.OPENAPI, true,
                Endpoint.SEARCH, true, Endpoint.RESIDENT, true, Endpoint.HOUSEHOLD, true, Endpoint.VALIDATE, false,
                Endpoint.CHANGES, false, Endpoint.ADD_RECORDS, false, Endpoint.RETRACT_RECORD, false);
        row("safeguarding_officer", Endpoint.HEALTH, true, Endpoint.METRICS, true, Endpoint.OPENAPI, true,
                Endpoint.SEARCH, true, Endpoint.RESIDENT, true, Endpoint.HOUSEHOLD, true, Endpoint.VALIDATE, false,
                Endpoint.CHANGES, true, Endpoint.ADD_RECORDS, false, Endpoint.RETRACT_RECORD, false);
        row("service_feed", Endpoint.HEALTH, true, Endpoint.METRICS, true, Endpoint.OPENAPI, true,
                Endpoint.SEARCH, false, Endpoint.RESIDENT, false, Endpoint.HOUSEHOLD, false, Endpoint.VALIDATE, false,
                Endpoint.CHANGES, true, Endpoint.ADD_RECORDS, true, Endpoint.RETRACT_RECORD, true);
    }

    private static final Map<String, String> PURPOSE = Map.of("electoral_officer", "electoral_registration",
            "housing_officer", "housing_management", "safeguarding_officer", "safeguarding",
            "service_feed", "record_maintenance");

    private static void row(String role, Object... pairs) {
        Map<Endpoint, Boolean> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((Endpoint) pairs[i], (Boolean) pairs[i + 1]);
        }
        TABLE.put(role, m);
    }

    private final Policy policy = Policy.of(ServerConfig.defaults());

    @Test
    void table_everyEndpoint_hasARowForEveryRole() {
        assertThat(TABLE.keySet()).containsExactlyInAnyOrderElementsOf(policy.roles());
        for (Map.Entry<String, Map<Endpoint, Boolean>> r : TABLE.entrySet()) {
            assertThat(r.getValue().keySet()).as(r.getKey()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(
                    Endpoint.class));
        }
    }

    @Test
    void decide_ownPurpose_matchesTheTable() {
        TABLE.forEach((role, row) -> row.forEach((endpoint, allowed) -> assertThat(policy.decide(role,
                PURPOSE.get(role), endpoint).allowed()).as(role + " × " + endpoint).isEqualTo(allowed)));
    }

    @Test
    void decide_anotherRolesPurposeOrNone_isRefusedOnEveryClosedEndpoint() {
        for (String role : TABLE.keySet()) {
            for (Endpoint e : Endpoint.values()) {
                if (e.open()) {
                    continue;
                }
                assertThat(policy.decide(role, null, e).allowed()).as(role + " without purpose, " + e).isFalse();
                assertThat(policy.decide(role, "made_up", e).allowed()).isFalse();
                for (String other : PURPOSE.values()) {
                    if (!other.equals(PURPOSE.get(role))) {
                        assertThat(policy.decide(role, other, e).allowed()).as(role + " as " + other + ", " + e)
                                .isFalse();
                    }
                }
            }
            assertThat(policy.decide("intruder", PURPOSE.get(role), Endpoint.SEARCH).allowed()).isFalse();
        }
    }

    @Test
    void view_fieldsAndServices_perRole() {
        Policy.View electoral = policy.decide("electoral_officer", "electoral_registration", Endpoint.SEARCH).view();
        Policy.View housing = policy.decide("housing_officer", "housing_management", Endpoint.SEARCH).view();
        Policy.View safeguarding = policy.decide("safeguarding_officer", "safeguarding", Endpoint.SEARCH).view();
        Policy.View feed = policy.decide("service_feed", "record_maintenance", Endpoint.ADD_RECORDS).view();
        for (String f : GoldenRecord.FIELDS) {
            assertThat(electoral.field(f)).as("electoral × " + f).isEqualTo(IDENTITY.contains(f));
            assertThat(housing.field(f)).as("housing × " + f).isEqualTo(IDENTITY.contains(f) || f.equals("email")
                    || f.equals("phone"));
            assertThat(safeguarding.field(f)).isTrue();
            assertThat(feed.field(f)).as("feed sees no personal field").isFalse();
        }
        for (String s : List.of("social_care", "school_admissions")) {
            assertThat(housing.service(s)).as("housing never sees " + s).isFalse();
            assertThat(electoral.service(s)).isFalse();
            assertThat(safeguarding.service(s)).isTrue();
        }
        assertThat(housing.service("housing_tenancies")).isTrue();
    }
}
