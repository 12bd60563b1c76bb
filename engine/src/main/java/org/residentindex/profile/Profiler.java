package org.residentindex.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.residentindex.ingest.ColumnMapping;
import org.residentindex.ingest.ReadSummary;
import org.residentindex.ingest.RejectReason;
import org.residentindex.ingest.RejectSink;
import org.residentindex.ingest.SourceReader;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.model.CanonicalField;
import org.residentindex.model.DateValue;
import org.residentindex.model.SourceRecord;
import org.residentindex.normalise.DateParser;
import org.residentindex.normalise.Identifiers;
import org.residentindex.normalise.PostcodeParser;

/**
 * Reads a source once, streaming, and computes its {@link Profile}. Validity is defined for: postcode (official
 * UK shape), date_of_birth (a full date parses; partial or impossible dates do not count), uprn (1–12 digits),
 * ni_number (official shape). Completeness and validity are over accepted rows. Thread-safe.
 */
public final class Profiler {

    private final SourceReader reader = new SourceReader();
    private final LocalDate today;

    /** A profiler that treats dates after {@code today} as invalid. */
    public Profiler(LocalDate today) {
        this.today = today;
    }

    /** Profiles {@code config}'s file; rejected rows also go to {@code rejects}. */
    public Profile profile(SourceConfig config, RejectSink rejects) {
        DateParser dates = new DateParser(today, config.dateFormat());
        PostcodeParser postcodes = new PostcodeParser();
        Map<CanonicalField, Predicate<String>> checks = new LinkedHashMap<>();
        checks.put(CanonicalField.POSTCODE, postcodes::isValid);
        checks.put(CanonicalField.DATE_OF_BIRTH, v -> dates.normalise(v).status() == DateValue.Status.VALID);
        checks.put(CanonicalField.UPRN, v -> Identifiers.uprn(v) != null);
        checks.put(CanonicalField.NI_NUMBER, v -> Identifiers.isValidNiNumber(Identifiers.niNumber(v)));

        Counts counts = new Counts();
        ReadSummary summary = reader.read(config, r -> counts.add(r, checks), rejects);
        return build(config, summary, counts, checks);
    }

    /** Per canonical field and per other column: {present, valid}. */
    private static final class Counts {
        final Map<CanonicalField, long[]> fields = new EnumMap<>(CanonicalField.class);
        final Map<String, long[]> others = new HashMap<>();

        void add(SourceRecord r, Map<CanonicalField, Predicate<String>> checks) {
            r.values().forEach((field, value) -> {
                long[] c = fields.computeIfAbsent(field, k -> new long[2]);
                c[0]++;
                Predicate<String> check = checks.get(field);
                if (check != null && check.test(value)) {
                    c[1]++;
                }
            });
            r.other().forEach((column, value) -> others.computeIfAbsent(column, k -> new long[2])[0]++);
        }
    }

    private static Profile build(SourceConfig config, ReadSummary s, Counts counts,
            Map<CanonicalField, Predicate<String>> checks) {
        ColumnMapping mapping = s.mapping();
        List<ColumnProfile> columns = new ArrayList<>();
        Map<String, String> described = mapping.describe();
        for (Map.Entry<String, String> e : described.entrySet()) {
            String column = e.getKey();
            String field = e.getValue();
            if (field.equals("(ignored)")) {
                continue;
            }
            CanonicalField canonical = CanonicalField.fromKey(field).orElse(null);
            long[] c = canonical == null ? counts.others.get(column) : counts.fields.get(canonical);
            long present = canonical == CanonicalField.RECORD_ID ? s.accepted() : c == null ? 0 : c[0];
            boolean checked = canonical != null && checks.containsKey(canonical);
            long valid = !checked ? -1 : c == null ? 0 : c[1];
            columns.add(new ColumnProfile(column, field, present, percent(present, s.accepted()), valid,
                    checked ? percent(valid, present) : null, checked ? checkName(canonical) : null));
        }
        Map<String, Long> rejects = new LinkedHashMap<>();
        for (Map.Entry<RejectReason, Long> e : s.rejectsByReason().entrySet()) {
            rejects.put(e.getKey().label(), e.getValue());
        }
        return new Profile(s.source(), String.valueOf(config.path()), s.dialect().delimiterName(),
                s.dialect().detected(), s.dialect().charset().name(), s.dialect().bom(), described, s.rowsRead(),
                s.accepted(), s.rejected(), rejects, columns);
    }

    private static String checkName(CanonicalField f) {
        return switch (f) {
            case POSTCODE -> "valid UK postcode";
            case DATE_OF_BIRTH -> "parseable full date";
            case UPRN -> "numeric UPRN";
            case NI_NUMBER -> "valid NI number";
            default -> null;
        };
    }

    /** {@code 100 * part / whole}, rounded to two decimals; 0 when {@code whole} is 0. */
    static double percent(long part, long whole) {
        return whole == 0 ? 0.0 : Math.round(10000.0 * part / whole) / 100.0;
    }
}
