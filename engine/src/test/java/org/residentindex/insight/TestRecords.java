package org.residentindex.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.residentindex.model.DateValue;
import org.residentindex.model.NormalisedRecord;
import org.residentindex.model.ParsedAddress;
import org.residentindex.model.PhoneticKeys;
import org.residentindex.model.Postcode;
import org.residentindex.model.Sex;

/** Builds small hand-written populations for insight tests. */
final class TestRecords {

    private final List<String> sources;
    private final List<LinkedRecord> records = new ArrayList<>();
    private final PropertyResolver resolver;

    TestRecords(PropertyResolver resolver, String... sources) {
        this.resolver = resolver;
        this.sources = List.of(sources);
    }

    TestRecords(String... sources) {
        this(new GazetteerPropertyResolver(null), sources);
    }

    /** Adds a record at {@code houseNumber}, {@code postcode}, with an optional UPRN. */
    TestRecords add(String source, String id, String entity, String given, String surname, String dob,
                    String postcode, String houseNumber, Long uprn) {
        return add(source, id, entity, given, surname, dob, postcode, houseNumber, uprn, Map.of());
    }

    TestRecords add(String source, String id, String entity, String given, String surname, String dob,
                    String postcode, String houseNumber, Long uprn, Map<String, String> other) {
        NormalisedRecord r = record(source, id, given, surname, dob, postcode, houseNumber, uprn, other);
        records.add(new LinkedRecord(r, entity, resolver.resolve(r)));
        return this;
    }

    Population population() {
        return new Population(sources, records);
    }

    static NormalisedRecord record(String source, String id, String given, String surname, String dob,
                                   String postcode, String houseNumber, Long uprn, Map<String, String> other) {
        DateValue d = dob == null ? DateValue.missing()
                : "bad".equals(dob) ? DateValue.invalid("bad", "not a date")
                : DateValue.of(dob, LocalDate.parse(dob), false);
        Postcode pc = postcode == null ? null : "bad".equals(postcode) ? Postcode.invalid("bad", "BAD")
                : postcode(postcode);
        ParsedAddress address = new ParsedAddress(null, houseNumber, null, null, "heol y bryn", "bryn", "road",
                "bryn|road", null, "carmarthen", "carmarthen", pc, List.of());
        PhoneticKeys none = new PhoneticKeys(null, null, null);
        return new NormalisedRecord(source, id, 2, lower(given), given, List.of(), lower(surname), surname,
                new TreeSet<>(), none, none, d, Sex.UNKNOWN, pc, address, uprn, null, null, null,
                new LinkedHashMap<>(other), EnumSet.noneOf(org.residentindex.model.QualityFlag.class));
    }

    static Postcode postcode(String unit) {
        String district = unit.substring(0, unit.indexOf(' '));
        return new Postcode(unit, unit, true, district.replaceAll("\\d.*", ""), district,
                unit.substring(0, unit.length() - 2), unit);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
