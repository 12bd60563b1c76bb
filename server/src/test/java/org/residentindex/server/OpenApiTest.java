package org.residentindex.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The checked-in OpenAPI document lists every route, with its method and operation id, and nothing else. */
class OpenApiTest {

    @Test
    void openapi_everyEndpoint_isDocumentedWithItsMethod() throws Exception {
        JsonNode doc;
        try (InputStream in = ApiHandler.class.getResourceAsStream("openapi.json")) {
            doc = new ObjectMapper().readTree(in);
        }
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        int operations = 0;
        for (Endpoint e : Endpoint.values()) {
            JsonNode op = doc.path("paths").path(e.path()).path(e.method().toLowerCase(Locale.ROOT));
            assertThat(op.isObject()).as(e + " documented at " + e.path()).isTrue();
            assertThat(op.path("operationId").asText()).isEqualTo(e.key());
        }
        for (JsonNode path : doc.path("paths")) {
            operations += path.size();
        }
        assertThat(operations).as("no undocumented extra operations").isEqualTo(Endpoint.values().length);
    }
}
