package org.residentindex.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.residentindex.ResidentIndexException;
import org.residentindex.cluster.RecordKey;
import org.residentindex.live.ChangeEvent;
import org.residentindex.live.ChangeResult;
import org.residentindex.live.ElectorCheck;
import org.residentindex.live.GoldenRecord;
import org.residentindex.live.LiveIndex;
import org.residentindex.live.PersonQuery;
import org.residentindex.live.RecordInput;
import org.residentindex.live.ResidentView;
import org.residentindex.live.SearchHit;
import org.residentindex.server.audit.AuditLog;
import org.residentindex.server.security.Authenticator;
import org.residentindex.server.security.Policy;
import org.residentindex.server.security.Principal;
import org.residentindex.server.security.RateLimiter;

/**
 * The HTTP API as one Jetty core handler (no servlets): route → size and type checks → authentication → rate limit
 * → {@link Policy} → the engine → JSON through the caller's view → audit entry, metrics and one log line (endpoint,
 * status, time; never a path parameter, query or body). Every failure becomes problem+json here.
 */
public final class ApiHandler extends Handler.Abstract {

    /** Most records in one add request (a batch). */
    public static final int MAX_BATCH = 1000;
    /** Most electors in one validation request. */
    public static final int MAX_ELECTORS = 10_000;

    private final LiveIndex index;
    private final Authenticator auth;
    private final Policy policy;
    private final RateLimiter rate;
    private final AuditLog audit;
    private final PrometheusMeterRegistry metrics;
    private final Consumer<String> log;
    private final int maxBytes;
    private final byte[] openapi;
    private final Clock clock;
    private volatile boolean stopping;

    ApiHandler(LiveIndex index, ServerConfig config, AuditLog audit, PrometheusMeterRegistry metrics,
            Consumer<String> log, Clock clock) {
        this.index = index;
        this.auth = new Authenticator(config);
        this.policy = Policy.of(config);
        this.rate = new RateLimiter(config.requestsPerMinuteOrDefault());
        this.audit = audit;
        this.metrics = metrics;
        this.log = log;
        this.maxBytes = config.maxRequestBytesOrDefault();
        this.clock = clock;
        try (InputStream in = ApiHandler.class.getResourceAsStream("openapi.json")) {
            this.openapi = in.readAllBytes();
        } catch (IOException e) {
            throw new ResidentIndexException("The OpenAPI document is missing from the server jar", e);
        }
    }

    void stopping() {
        stopping = true;
    }

    /** What a request touched, for its audit entry. */
    private static final class Trail {
        Principal principal;
        String purpose;
        final Set<String> residents = new LinkedHashSet<>();
        final Set<String> records = new LinkedHashSet<>();
        final Set<String> fields = new TreeSet<>();
        int results;
    }

    private record Answer(int status, String type, byte[] body) {
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        String path = Request.getPathInContext(request);
        Endpoint endpoint = null;
        List<String> params = null;
        boolean pathKnown = false;
        for (Endpoint e : Endpoint.values()) {
            List<String> p = e.match(path);
            if (p != null) {
                pathKnown = true;
                if (e.method().equals(request.getMethod())) {
                    endpoint = e;
                    params = p;
                    break;
                }
            }
        }
        Trail trail = new Trail();
        Answer answer;
        try {
            if (endpoint == null) {
                throw new Problem(pathKnown ? Problem.Kind.METHOD_NOT_ALLOWED : Problem.Kind.NOT_FOUND,
                        pathKnown ? "this path does not take " + request.getMethod() : "no such endpoint");
            }
            if (stopping && !endpoint.open()) {
                throw new Problem(Problem.Kind.UNAVAILABLE, "the server is shutting down");
            }
            answer = answer(endpoint, params, request, trail);
        } catch (Problem p) {
            answer = problem(p.kind(), p.getMessage());
        } catch (ResidentIndexException e) {
            answer = problem(Problem.Kind.BAD_REQUEST, e.getMessage());
        } catch (RuntimeException | IOException e) {
            log.accept("error " + (endpoint == null ? "-" : endpoint.key()) + " " + e.getClass().getSimpleName());
            answer = problem(Problem.Kind.INTERNAL, "internal error");
        }
        long nanos = System.nanoTime() - start;
        String name = endpoint == null ? "unknown" : endpoint.key();
        Timer.builder("rix_http_requests").tag("endpoint", name).tag("status", Integer.toString(answer.status()))
                .publishPercentiles(0.5, 0.99).register(metrics).record(nanos, TimeUnit.NANOSECONDS);
        if (endpoint != null && !endpoint.open()) {
            boolean change = endpoint == Endpoint.ADD_RECORDS || endpoint == Endpoint.RETRACT_RECORD;
            audit.append(new AuditLog.Entry(0, clock.instant().toString(),
                    trail.principal == null ? null : trail.principal.subject(),
                    trail.principal == null ? null : trail.principal.role(), trail.purpose, name, answer.status(),
                    List.copyOf(trail.residents), List.copyOf(trail.records), List.copyOf(trail.fields),
                    trail.results, null, null), change);
        }
        log.accept(String.format(java.util.Locale.ROOT, "%s %d %.1fms", name, answer.status(), nanos / 1e6));
        response.setStatus(answer.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.type());
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
        return true;
    }

    private Answer answer(Endpoint endpoint, List<String> params, Request request, Trail trail) throws IOException {
        Policy.View view = Policy.View.NONE;
        if (!endpoint.open()) {
            Principal p = auth.authenticate(request.getHeaders().get(HttpHeader.AUTHORIZATION))
                    .orElseThrow(() -> new Problem(Problem.Kind.UNAUTHENTICATED,
                            "send Authorization: Bearer with an API key or an OIDC token"));
            trail.principal = p;
            if (!rate.allow(p.subject())) {
                throw new Problem(Problem.Kind.RATE_LIMITED, "the rate limit of this caller is exceeded");
            }
            trail.purpose = request.getHeaders().get("X-Purpose");
            Policy.Decision d = policy.decide(p.role(), trail.purpose, endpoint);
            if (!d.allowed()) {
                throw new Problem(Problem.Kind.FORBIDDEN, d.reason());
            }
            view = d.view();
        }
        JsonNode body = endpoint.method().equals("POST") ? body(request) : null;
        Fields query = Request.extractQueryParameters(request);
        return switch (endpoint) {
            case HEALTH -> json(health());
            case METRICS -> new Answer(200, "text/plain; version=0.0.4; charset=utf-8",
                    metrics.scrape().getBytes(StandardCharsets.UTF_8));
            case OPENAPI -> new Answer(200, "application/json", openapi);
            case SEARCH -> json(search(body, view, trail));
            case RESIDENT -> json(resident(params.get(0), view, trail));
            case HOUSEHOLD -> json(household(params.get(0), view, trail));
            case VALIDATE -> json(validate(body, view, trail));
            case CHANGES -> json(changes(query, view, trail));
            case ADD_RECORDS -> json(add(body, view, trail));
            case RETRACT_RECORD -> json(retract(params.get(0), params.get(1), view, trail));
        };
    }

    private ObjectNode health() {
        LiveIndex.Stats s = index.stats();
        return Json.object().put("status", stopping ? "stopping" : "ok").put("records", s.records())
                .put("residents", s.residents()).put("seq", s.seq());
    }

    private ObjectNode search(JsonNode body, Policy.View view, Trail trail) {
        Map<String, String> values = new java.util.LinkedHashMap<>(Json.strings(body, "body"));
        int limit = parseInt(values.remove("limit"), 10, "limit");
        PersonQuery q = new PersonQuery(values, limit, null);
        trail.fields.addAll(q.fieldNames());
        List<SearchHit> hits = index.search(q, view.services());
        ObjectNode o = Json.object();
        ArrayNode a = o.putArray("hits");
        for (SearchHit h : hits) {
            a.add(Json.hit(h, view));
            trail.residents.add(h.residentId());
        }
        trail.results = hits.size();
        return o;
    }

    private ObjectNode resident(String id, Policy.View view, Trail trail) {
        trail.residents.add(id);
        ResidentView v = index.resident(id, view.services())
                .orElseThrow(() -> new Problem(Problem.Kind.NOT_FOUND, "no such resident in your view"));
        trail.residents.add(v.golden().residentId());
        ObjectNode o = Json.object().put("resident_id", v.golden().residentId());
        o.set("golden", Json.golden(v.golden(), view));
        ArrayNode records = o.putArray("records");
        v.records().forEach(r -> {
            records.add(Json.record(r, view));
            trail.records.add(r.key().toString());
        });
        ArrayNode history = o.putArray("history");
        v.history().forEach(c -> history.add(Json.change(c)));
        trail.results = 1;
        return o;
    }

    private ObjectNode household(String uprn, Policy.View view, Trail trail) {
        if (!uprn.matches("\\d{1,12}")) {
            throw new Problem(Problem.Kind.BAD_REQUEST, "a UPRN is 1 to 12 digits");
        }
        trail.fields.add("uprn");
        List<GoldenRecord> residents = index.household(uprn, view.services());
        ObjectNode o = Json.object().put("uprn", view.field("uprn") ? uprn : null);
        ArrayNode a = o.putArray("residents");
        for (GoldenRecord g : residents) {
            a.add(Json.golden(g, view));
            trail.residents.add(g.residentId());
        }
        trail.results = residents.size();
        return o;
    }

    private ObjectNode validate(JsonNode body, Policy.View view, Trail trail) {
        String register = body.path("register_source").asText("electoral_register");
        JsonNode electors = body.get("electors");
        if (electors == null || !electors.isArray()) {
            throw new Problem(Problem.Kind.BAD_REQUEST, "electors must be an array");
        }
        if (electors.size() > MAX_ELECTORS) {
            throw new Problem(Problem.Kind.TOO_LARGE, "at most " + MAX_ELECTORS + " electors a request");
        }
        List<RecordInput> inputs = new ArrayList<>();
        for (JsonNode e : electors) {
            Map<String, String> v = new java.util.LinkedHashMap<>(Json.strings(e, "elector"));
            String id = v.remove("id");
            if (id == null || id.isBlank()) {
                throw new Problem(Problem.Kind.BAD_REQUEST, "each elector needs an id");
            }
            for (String k : v.keySet()) {
                if (!PersonQuery.FIELDS.contains(k)) {
                    throw new Problem(Problem.Kind.BAD_REQUEST, "unknown elector field '" + k + "'");
                }
            }
            trail.fields.addAll(v.keySet());
            inputs.add(new RecordInput(register, id, v));
        }
        List<ElectorCheck> checks = index.validate(inputs, register, view.services());
        ObjectNode o = Json.object();
        ObjectNode summary = o.putObject("summary");
        for (ElectorCheck.Status s : ElectorCheck.Status.values()) {
            summary.put(s.name().toLowerCase(java.util.Locale.ROOT), checks.stream().filter(c -> c.status() == s)
                    .count());
        }
        ArrayNode a = o.putArray("results");
        for (ElectorCheck c : checks) {
            a.add(Json.check(c));
            if (c.residentId() != null) {
                trail.residents.add(c.residentId());
            }
        }
        trail.results = checks.size();
        return o;
    }

    private ObjectNode changes(Fields query, Policy.View view, Trail trail) {
        String since = query.getValue("since");
        if (since == null) {
            throw new Problem(Problem.Kind.BAD_REQUEST, "give since=<ISO-8601 instant>, e.g. 2026-12-01T00:00:00Z");
        }
        Instant t;
        try {
            t = Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw new Problem(Problem.Kind.BAD_REQUEST, "since must be an ISO-8601 instant, e.g. 2026-12-01T00:00:00Z");
        }
        int limit = parseInt(query.getValue("limit"), 1000, "limit");
        if (limit < 1 || limit > 10_000) {
            throw new Problem(Problem.Kind.BAD_REQUEST, "limit must lie in [1, 10000]");
        }
        trail.fields.add("since");
        List<ChangeEvent> changes = index.changesSince(t, limit, view.services());
        ObjectNode o = Json.object();
        ArrayNode a = o.putArray("changes");
        for (ChangeEvent c : changes) {
            a.add(Json.change(c));
            trail.residents.addAll(c.residents());
        }
        trail.results = changes.size();
        return o;
    }

    private ObjectNode add(JsonNode body, Policy.View view, Trail trail) {
        JsonNode records = body.get("records");
        if (records == null || !records.isArray() || records.isEmpty()) {
            throw new Problem(Problem.Kind.BAD_REQUEST, "records must be a non-empty array");
        }
        if (records.size() > MAX_BATCH) {
            throw new Problem(Problem.Kind.TOO_LARGE, "at most " + MAX_BATCH + " records a request");
        }
        List<RecordInput> inputs = new ArrayList<>();
        for (JsonNode r : records) {
            String source = r.path("source").asText(null);
            String id = r.path("record_id").asText(null);
            if (source == null || id == null || source.isBlank() || id.isBlank()) {
                throw new Problem(Problem.Kind.BAD_REQUEST, "each record needs source and record_id");
            }
            if (!view.service(source)) {
                throw new Problem(Problem.Kind.FORBIDDEN, "your purpose does not cover records of " + source);
            }
            inputs.add(new RecordInput(source, id, Json.strings(r.get("values"), "values")));
            trail.records.add(source + "/" + id);
        }
        List<ChangeResult> results = index.add(inputs);
        ObjectNode o = Json.object();
        ArrayNode a = o.putArray("results");
        for (ChangeResult c : results) {
            a.add(Json.result(c));
            trail.residents.addAll(c.residents());
        }
        trail.results = results.size();
        return o;
    }

    private ObjectNode retract(String source, String id, Policy.View view, Trail trail) {
        if (!view.service(source)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "your purpose does not cover records of " + source);
        }
        trail.records.add(source + "/" + id);
        ChangeResult c = index.retract(new RecordKey(source, id));
        if (c == null) {
            throw new Problem(Problem.Kind.NOT_FOUND, "no such record");
        }
        trail.residents.addAll(c.residents());
        trail.results = 1;
        return Json.result(c);
    }

    private JsonNode body(Request request) throws IOException {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new Problem(Problem.Kind.UNSUPPORTED_MEDIA, "send Content-Type: application/json");
        }
        if (request.getLength() > maxBytes) {
            throw new Problem(Problem.Kind.TOO_LARGE, "at most " + maxBytes + " bytes");
        }
        byte[] bytes;
        try (InputStream in = Content.Source.asInputStream(request)) {
            bytes = in.readNBytes(maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            throw new Problem(Problem.Kind.TOO_LARGE, "at most " + maxBytes + " bytes");
        }
        try {
            JsonNode n = Json.MAPPER.readTree(bytes);
            if (n == null || !n.isObject()) {
                throw new Problem(Problem.Kind.BAD_REQUEST, "the body must be a JSON object");
            }
            return n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new Problem(Problem.Kind.BAD_REQUEST, "the body is not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
    }

    private static int parseInt(String s, int dflt, String what) {
        if (s == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new Problem(Problem.Kind.BAD_REQUEST, what + " must be a whole number");
        }
    }

    private static Answer json(ObjectNode node) throws IOException {
        return new Answer(200, "application/json", Json.MAPPER.writeValueAsBytes(node));
    }

    private static Answer problem(Problem.Kind kind, String detail) {
        ObjectNode o = Json.object().put("type", kind.type()).put("title", kind.title()).put("status", kind.status())
                .put("detail", detail);
        try {
            return new Answer(kind.status(), "application/problem+json", Json.MAPPER.writeValueAsBytes(o));
        } catch (IOException e) {
            return new Answer(500, "text/plain", "internal error".getBytes(StandardCharsets.UTF_8));
        }
    }
}
