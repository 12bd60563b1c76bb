package org.residentindex.live;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.residentindex.ResidentIndexException;

/**
 * One record as a service sends it: its source (service) name, its id in that source, and its raw values by
 * canonical field key ({@code given_name}, {@code surname}, {@code date_of_birth}, {@code address},
 * {@code postcode}, {@code uprn}, …, see {@link org.residentindex.model.CanonicalField#key()}); any other key is
 * kept as an "other" column. Immutable.
 */
public record RecordInput(String source, String recordId, Map<String, String> values) {

    public RecordInput {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordId, "recordId");
        if (source.isBlank() || recordId.isBlank()) {
            throw new ResidentIndexException("A record needs a non-blank source and record id");
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values == null ? Map.of() : values));
    }
}
