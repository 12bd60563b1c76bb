package org.residentindex.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.live.GoldenRecord;
import org.residentindex.live.LiveIndex;
import org.residentindex.live.ResidentView;
import org.residentindex.server.audit.AuditLog;
import org.residentindex.server.security.ApiKeys;
import org.residentindex.server.security.Policy;

/**
 * The server end to end on a small generated county: authentication (API keys, OIDC with a locally generated key
 * set), purposes and views over every endpoint, problem+json, limits, the audit chain, and a server log without
 * personal data.
 */
class ServerTest {

    @TempDir
    static Path dir;
    static RixServer server;
    static final List<String> LOG = Collections.synchronizedList(new ArrayList<>());
    static final Map<String, String> KEYS = new java.util.LinkedHashMap<>();
    static RSAKey jwk;
    static Path auditFile;
    static String known;
    static ResidentView person;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        Path idx = TestIndex.build(dir, 800, 5);
        LiveIndex index = LiveIndex.open(idx, LiveIndex.Options.defaults());
        // a resident known to social care and to another service: the test of views needs one
        person = index.assignment().entrySet().stream().filter(e -> e.getKey().source().equals("social_care"))
                .map(e -> index.resident(e.getValue()).orElseThrow())
                .filter(v -> v.records().stream().anyMatch(r -> r.source().equals("housing_tenancies")
                        || r.source().equals("council_tax")))
                .findFirst().orElseThrow();
        known = person.golden().residentId();
        List<ServerConfig.ApiKey> keys = new ArrayList<>();
        for (String role : List.of("electoral_officer", "housing_officer", "safeguarding_officer", "service_feed")) {
            ApiKeys.NewKey k = ApiKeys.create(role.replace('_', '-'));
            KEYS.put(role, k.key());
            keys.add(new ServerConfig.ApiKey(role.replace('_', '-'), k.hash(), role));
        }
        jwk = new RSAKeyGenerator(2048).keyID("test-key").generate();
        Path jwks = dir.resolve("jwks.json");
        Files.writeString(jwks, new JWKSet(jwk.toPublicJWK()).toString(), StandardCharsets.UTF_8);
        ServerConfig config = ServerConfig.defaults().withKeys(keys).withPort(0).withLimits(64 * 1024, 100_000)
                .withOidc(new ServerConfig.Oidc("https://idp.example.gov.uk", "rix", jwks.toString(), "rix_role"));
        auditFile = dir.resolve("audit.jsonl");
        server = RixServer.start(index, config, auditFile, LOG::add);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> call(String method, String path, String role, String purpose, String body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (role != null) {
            b.header("Authorization", "Bearer " + (KEYS.containsKey(role) ? KEYS.get(role) : role));
        }
        if (purpose != null) {
            b.header("X-Purpose", purpose);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String searchBody() throws Exception {
        Map<String, String> q = new java.util.LinkedHashMap<>();
        for (String f : List.of("given_name", "surname", "date_of_birth")) {
            if (person.golden().value(f) != null) {
                q.put(f, person.golden().value(f));
            }
        }
        return JSON.writeValueAsString(q);
    }

    @Test
    void noKey_anyClosedEndpoint_is401ProblemJson() throws Exception {
        for (Endpoint e : Endpoint.values()) {
            if (e.open()) {
                continue;
            }
            String path = e.path().replace("{id}", known).replace("{uprn}", "1").replace("{source}", "x")
                    .replace("{record_id}", "y");
            HttpResponse<String> r = call(e.method(), path, null, "safeguarding", e.method().equals("POST") ? "{}"
                    : null);
            assertThat(r.statusCode()).as(e.toString()).isEqualTo(401);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(JSON.readTree(r.body()).path("type").asText()).endsWith("/unauthenticated");
        }
        assertThat(call("POST", "/v1/search", "rix_nobody_secret", "safeguarding", searchBody()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void wrongOrMissingPurpose_is403() throws Exception {
        assertThat(call("POST", "/v1/search", "housing_officer", "safeguarding", searchBody()).statusCode())
                .isEqualTo(403);
        assertThat(call("POST", "/v1/search", "housing_officer", null, searchBody()).statusCode()).isEqualTo(403);
        assertThat(call("POST", "/v1/records", "electoral_officer", "electoral_registration",
                "{\"records\":[]}").statusCode()).isEqualTo(403);
    }

    @Test
    void search_safeguarding_findsThePersonFirst() throws Exception {
        HttpResponse<String> r = call("POST", "/v1/search", "safeguarding_officer", "safeguarding", searchBody());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode hits = JSON.readTree(r.body()).path("hits");
        assertThat(hits.size()).isPositive();
        assertThat(hits.get(0).path("resident_id").asText()).isEqualTo(known);
        assertThat(hits.get(0).path("explanation").asText()).isNotBlank();
    }

    @Test
    void everyEndpoint_eachRole_responseHoldsNoFieldOrServiceOutsideItsView() throws Exception {
        Policy policy = Policy.of(ServerConfig.defaults());
        Map<String, String> purposes = Map.of("electoral_officer", "electoral_registration", "housing_officer",
                "housing_management", "safeguarding_officer", "safeguarding", "service_feed", "record_maintenance");
        String uprn = person.golden().value("uprn") == null ? "1" : person.golden().value("uprn");
        int checked = 0;
        for (String role : purposes.keySet()) {
            for (Endpoint e : Endpoint.values()) {
                if (e.open() || e == Endpoint.ADD_RECORDS || e == Endpoint.RETRACT_RECORD) {
                    continue;
                }
                Policy.Decision d = policy.decide(role, purposes.get(role), e);
                String path = e.path().replace("{id}", known).replace("{uprn}", uprn);
                if (e == Endpoint.CHANGES) {
                    path += "?since=1970-01-01T00:00:00Z";
                }
                String body = e == Endpoint.SEARCH ? searchBody() : e == Endpoint.VALIDATE
                        ? "{\"electors\":[{\"id\":\"E1\"," + searchBody().substring(1) + "]}" : null;
                HttpResponse<String> r = call(e.method(), path, role, purposes.get(role), body);
                if (!d.allowed()) {
                    assertThat(r.statusCode()).as(role + " " + e).isEqualTo(403);
                    continue;
                }
                assertThat(r.statusCode()).as(role + " " + e + " " + r.body()).isIn(200, 404);
                assertWithinView(JSON.readTree(r.body()), d.view(), role + " " + e);
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(10);
        // the housing officer sees the person only through housing and council tax records
        JsonNode view = JSON.readTree(call("GET", "/v1/residents/" + known, "housing_officer", "housing_management",
                null).body());
        for (JsonNode rec : view.path("records")) {
            assertThat(rec.path("source").asText()).isNotEqualTo("social_care");
        }
    }

    static void assertWithinView(JsonNode node, Policy.View view, String what) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (GoldenRecord.FIELDS.contains(e.getKey()) && !e.getValue().isNull()) {
                    assertThat(view.field(e.getKey())).as(what + " shows " + e.getKey()).isTrue();
                }
                if (e.getKey().equals("source") && e.getValue().isTextual()) {
                    assertThat(view.service(e.getValue().asText())).as(what + " shows " + e.getValue()).isTrue();
                }
                assertWithinView(e.getValue(), view, what);
            }
        } else if (node.isArray()) {
            node.forEach(n -> assertWithinView(n, view, what));
        }
    }

    @Test
    void oidc_validToken_acceptedAndBadOnesRefused() throws Exception {
        String good = token("https://idp.example.gov.uk", "rix", "safeguarding_officer", 300);
        assertThat(call("POST", "/v1/search", good, "safeguarding", searchBody()).statusCode()).isEqualTo(200);
        String expired = token("https://idp.example.gov.uk", "rix", "safeguarding_officer", -300);
        assertThat(call("POST", "/v1/search", expired, "safeguarding", searchBody()).statusCode()).isEqualTo(401);
        String otherIssuer = token("https://evil.example.com", "rix", "safeguarding_officer", 300);
        assertThat(call("POST", "/v1/search", otherIssuer, "safeguarding", searchBody()).statusCode())
                .isEqualTo(401);
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("test-key").generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test-key").build(),
                claims("https://idp.example.gov.uk", "rix", "safeguarding_officer", 300));
        forged.sign(new RSASSASigner(stranger));
        assertThat(call("POST", "/v1/search", forged.serialize(), "safeguarding", searchBody()).statusCode())
                .isEqualTo(401);
    }

    static String token(String issuer, String audience, String role, int seconds) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test-key").build(),
                claims(issuer, audience, role, seconds));
        jwt.sign(new RSASSASigner(jwk));
        return jwt.serialize();
    }

    static JWTClaimsSet claims(String issuer, String audience, String role, int seconds) {
        long now = System.currentTimeMillis();
        return new JWTClaimsSet.Builder().issuer(issuer).audience(audience).subject("officer-17")
                .issueTime(new Date(now - 600_000)).expirationTime(new Date(now + seconds * 1000L))
                .claim("rix_role", role).build();
    }

    @Test
    void badRequests_areProblemJsonWithTheirStatus() throws Exception {
        String big = "{\"given_name\":\"" + "a".repeat(70 * 1024) + "\"}";
        assertThat(call("POST", "/v1/search", "safeguarding_officer", "safeguarding", big).statusCode())
                .isEqualTo(413);
        HttpResponse<String> bad = call("POST", "/v1/search", "safeguarding_officer", "safeguarding", "{nope");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(call("POST", "/v1/search", "safeguarding_officer", "safeguarding", "{\"shoe_size\":\"9\"}")
                .statusCode()).isEqualTo(400);
        assertThat(call("GET", "/v1/nothing", "safeguarding_officer", "safeguarding", null).statusCode())
                .isEqualTo(404);
        assertThat(call("PUT", "/v1/search", "safeguarding_officer", "safeguarding", null).statusCode())
                .isEqualTo(405);
        assertThat(call("GET", "/v1/residents/R99999999", "safeguarding_officer", "safeguarding", null)
                .statusCode()).isEqualTo(404);
    }

    @Test
    void addThenRetract_feed_changesVisibleAndAudited() throws Exception {
        String body = "{\"records\":[{\"source\":\"council_tax\",\"record_id\":\"LIVE-1\",\"values\":{"
                + "\"given_name\":\"Zebedee\",\"surname\":\"Quartermaine\",\"date_of_birth\":\"1971-03-04\","
                + "\"postcode\":\"SA31 1AA\"}}]}";
        HttpResponse<String> r = call("POST", "/v1/records", "service_feed", "record_maintenance", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String id = JSON.readTree(r.body()).path("results").get(0).path("resident_id").asText();
        assertThat(r.body()).doesNotContain("Zebedee");
        HttpResponse<String> found = call("POST", "/v1/search", "safeguarding_officer", "safeguarding",
                "{\"given_name\":\"Zebedee\",\"surname\":\"Quartermaine\",\"date_of_birth\":\"1971-03-04\"}");
        assertThat(JSON.readTree(found.body()).path("hits").get(0).path("resident_id").asText()).isEqualTo(id);
        assertThat(call("GET", "/v1/changes?since=1970-01-01T00:00:00Z", "service_feed", "record_maintenance",
                null).body()).contains("LIVE-1");
        assertThat(call("DELETE", "/v1/records/council_tax/LIVE-1", "service_feed", "record_maintenance", null)
                .statusCode()).isEqualTo(200);
        assertThat(call("GET", "/v1/residents/" + id, "safeguarding_officer", "safeguarding", null).statusCode())
                .isEqualTo(404);
        String audit = Files.readString(auditFile, StandardCharsets.UTF_8);
        assertThat(audit).contains("council_tax/LIVE-1").contains("\"query_fields\":[\"date_of_birth\","
                + "\"given_name\",\"surname\"]");
        assertThat(audit).doesNotContain("Zebedee").doesNotContain("Quartermaine").doesNotContain("1971-03-04");
        assertThat(String.join("\n", LOG)).doesNotContain("Zebedee").doesNotContain("Quartermaine")
                .doesNotContain("1971").doesNotContain(known);
        assertThat(AuditLog.forResident(auditFile, id)).isNotEmpty();
    }

    @Test
    void audit_chain_verifiesAndATamperedCopyIsCaught() throws Exception {
        call("POST", "/v1/search", "safeguarding_officer", "safeguarding", searchBody());
        call("GET", "/v1/residents/" + known, "housing_officer", "housing_management", null);
        AuditLog.Verification v = AuditLog.verify(auditFile);
        assertThat(v.ok()).as(v.problem()).isTrue();
        assertThat(v.entries()).isGreaterThanOrEqualTo(2);
        assertThat(AuditLog.forResident(auditFile, known)).isNotEmpty();
        List<String> lines = Files.readAllLines(auditFile, StandardCharsets.UTF_8);
        Path edited = dir.resolve("edited.jsonl");
        List<String> copy = new ArrayList<>(lines);
        copy.set(0, copy.get(0).replace("\"status\":", "\"status\":1"));
        Files.write(edited, copy, StandardCharsets.UTF_8);
        assertThat(AuditLog.verify(edited).brokenAtLine()).isEqualTo(1);
        Path deleted = dir.resolve("deleted.jsonl");
        List<String> shorter = new ArrayList<>(lines);
        shorter.remove(0);
        Files.write(deleted, shorter, StandardCharsets.UTF_8);
        assertThat(AuditLog.verify(deleted).ok()).isFalse();
    }

    @Test
    void health_and_metrics_openWithoutPersonalData() throws Exception {
        HttpResponse<String> h = call("GET", "/health", null, null, null);
        assertThat(h.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(h.body()).path("records").asInt()).isPositive();
        call("POST", "/v1/search", "safeguarding_officer", "safeguarding", searchBody());
        HttpResponse<String> m = call("GET", "/metrics", null, null, null);
        assertThat(m.body()).contains("rix_http_requests");
        assertThat(m.body()).doesNotContain(person.golden().value("surname"));
        assertThat(call("GET", "/v1/openapi.json", null, null, null).body()).contains("\"openapi\"");
        assertThat(Set.of(server.port())).isNotEmpty();
    }
}
