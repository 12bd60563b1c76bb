package org.residentindex.live;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A resident's golden record: per field the surviving value and where it came from ({@link Survivorship}).
 * Fields without any value are absent. Immutable.
 */
public record GoldenRecord(String residentId, Map<String, Value> fields, int records) {

    /** The fields of a golden record (and of a {@link LiveRecord}), in display order. */
    public static final List<String> FIELDS = List.of("given_name", "middle_names", "surname", "date_of_birth",
            "sex", "address", "postcode", "uprn", "ni_number", "email", "phone");

    /**
     * One surviving value and its provenance.
     *
     * @param value    the value as written in the winning record
     * @param source   the winning record's source
     * @param recordId the winning record's id
     * @param rule     the rule that chose it ({@code most_recent}, {@code most_trusted}, {@code most_frequent})
     * @param support  how many of the resident's records hold this value
     */
    public record Value(String value, String source, String recordId, String rule, int support) {
    }

    public GoldenRecord {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The surviving value of {@code field}, or null. */
    public String value(String field) {
        Value v = fields.get(field);
        return v == null ? null : v.value();
    }
}
