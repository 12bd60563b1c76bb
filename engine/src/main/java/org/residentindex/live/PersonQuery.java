package org.residentindex.live;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.residentindex.ResidentIndexException;

/**
 * A person search: any of {@link #FIELDS} (raw values, as a service would type them), how many residents to return
 * and, optionally, a source whose own records are left out (an electoral register validated against the other
 * services). Immutable.
 */
public record PersonQuery(Map<String, String> values, int limit, String excludeSource) {

    /** The fields a search may use. */
    public static final List<String> FIELDS = List.of("given_name", "surname", "date_of_birth", "address",
            "postcode", "uprn");

    /** Most residents a search returns. */
    public static final int MAX_LIMIT = 100;

    public PersonQuery {
        Map<String, String> v = new LinkedHashMap<>();
        (values == null ? Map.<String, String>of() : values).forEach((k, x) -> {
            if (!FIELDS.contains(k)) {
                throw new ResidentIndexException("Unknown search field '" + k + "'; fields are " + FIELDS);
            }
            if (x != null && !x.isBlank()) {
                v.put(k, x.trim());
            }
        });
        if (v.isEmpty()) {
            throw new ResidentIndexException("A search needs at least one of " + FIELDS);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ResidentIndexException("A search limit must lie in [1, " + MAX_LIMIT + "]");
        }
        values = Collections.unmodifiableMap(v);
    }

    /** The names of the fields given (what an audit trail may record; never the values). */
    public List<String> fieldNames() {
        return new ArrayList<>(values.keySet());
    }
}
