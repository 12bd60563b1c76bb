package org.residentindex.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.residentindex.cluster.RecordKey;
import org.residentindex.live.ChangeEvent;
import org.residentindex.live.ChangeResult;
import org.residentindex.live.ElectorCheck;
import org.residentindex.live.GoldenRecord;
import org.residentindex.live.LiveRecord;
import org.residentindex.live.SearchHit;
import org.residentindex.server.security.Policy;

/**
 * The engine's values as JSON, through the caller's {@link Policy.View}: a personal field outside the view is
 * never written (records of services outside it were already left out by the engine). The one place responses
 * are shaped.
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ObjectNode key(RecordKey k) {
        return object().put("source", k.source()).put("record_id", k.recordId());
    }

    static ObjectNode golden(GoldenRecord g, Policy.View view) {
        ObjectNode o = object().put("resident_id", g.residentId()).put("records", g.records());
        ObjectNode fields = o.putObject("fields");
        g.fields().forEach((f, v) -> {
            if (view.field(f)) {
                fields.putObject(f).put("value", v.value()).put("source", v.source()).put("record_id", v.recordId())
                        .put("rule", v.rule()).put("support", v.support());
            }
        });
        return o;
    }

    static ObjectNode record(LiveRecord r, Policy.View view) {
        ObjectNode o = key(r.key()).put("updated", r.updated().toString());
        ObjectNode fields = o.putObject("fields");
        r.fields().forEach((f, v) -> {
            if (view.field(f)) {
                fields.put(f, v);
            }
        });
        return o;
    }

    static ObjectNode hit(SearchHit h, Policy.View view) {
        ObjectNode o = object().put("resident_id", h.residentId()).put("probability", round(h.probability()))
                .put("weight", round(h.weight())).put("explanation", h.explanation());
        o.set("record", key(h.record()));
        o.set("golden", golden(h.golden(), view));
        return o;
    }

    static ObjectNode change(ChangeEvent c) {
        ObjectNode o = object().put("seq", c.seq()).put("time", c.time().toString()).put("kind", c.kind());
        o.set("record", key(c.record()));
        ArrayNode r = o.putArray("residents");
        c.residents().forEach(r::add);
        ObjectNode retired = o.putObject("retired");
        c.retired().forEach(retired::put);
        return o;
    }

    static ObjectNode result(ChangeResult c) {
        ObjectNode o = object().put("seq", c.seq()).put("kind", c.kind()).put("resident_id", c.residentId())
                .put("review_pairs", c.review());
        o.set("record", key(c.record()));
        ArrayNode r = o.putArray("residents");
        c.residents().forEach(r::add);
        ObjectNode retired = o.putObject("retired");
        c.retired().forEach(retired::put);
        return o;
    }

    static ObjectNode check(ElectorCheck c) {
        return object().put("elector", c.elector()).put("status", c.status().name().toLowerCase(java.util.Locale.ROOT))
                .put("reason", c.reason()).put("resident_id", c.residentId()).put("probability",
                        round(c.probability()));
    }

    static double round(double x) {
        return Math.round(x * 1e6) / 1e6;
    }

    /** Text values of an object (null when absent or not an object); non-text values are refused. */
    static Map<String, String> strings(JsonNode node, String what) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw new Problem(Problem.Kind.BAD_REQUEST, what + " must be an object of text values");
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            if (!e.getValue().isTextual() && !e.getValue().isNumber() && !e.getValue().isNull()) {
                throw new Problem(Problem.Kind.BAD_REQUEST, what + "." + e.getKey() + " must be text");
            }
            out.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText());
        });
        return out;
    }
}
