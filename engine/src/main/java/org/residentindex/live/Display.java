package org.residentindex.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.residentindex.link.RecordPreparer;
import org.residentindex.model.CanonicalField;
import org.residentindex.model.DateValue;
import org.residentindex.model.NormalisedRecord;
import org.residentindex.model.Postcode;
import org.residentindex.model.Sex;
import org.residentindex.model.SourceRecord;

/** The display values of a record ({@link GoldenRecord#FIELDS}) from its raw and normalised forms. */
final class Display {

    private Display() {
    }

    static SourceRecord raw(RecordInput in) {
        Map<CanonicalField, String> values = new LinkedHashMap<>();
        Map<String, String> other = new LinkedHashMap<>();
        in.values().forEach((k, v) -> {
            if (v == null || v.isBlank()) {
                return;
            }
            CanonicalField.fromKey(k).filter(f -> f != CanonicalField.RECORD_ID)
                    .ifPresentOrElse(f -> values.put(f, v.trim()), () -> other.put(k, v.trim()));
        });
        return new SourceRecord(in.source(), 0, in.recordId(), values, other);
    }

    static Map<String, String> of(SourceRecord raw, RecordPreparer.Prepared p) {
        NormalisedRecord r = p.record();
        Map<String, String> d = new LinkedHashMap<>();
        d.put("given_name", r.givenNameDisplay());
        String middle = raw.get(CanonicalField.MIDDLE_NAMES);
        d.put("middle_names", middle != null ? middle : r.middleNames().isEmpty() ? null
                : String.join(" ", r.middleNames()));
        d.put("surname", r.surnameDisplay());
        d.put("date_of_birth", date(r.dateOfBirth()));
        d.put("sex", r.sex() == Sex.MALE ? "M" : r.sex() == Sex.FEMALE ? "F" : null);
        d.put("address", address(raw));
        Postcode pc = r.postcode() != null ? r.postcode() : r.address().postcode();
        d.put("postcode", pc == null ? null : pc.normalised());
        d.put("uprn", p.uprn() == null ? null : Long.toString(p.uprn()));
        d.put("ni_number", r.niNumber());
        d.put("email", r.email());
        d.put("phone", r.phone());
        d.values().removeIf(v -> v == null || v.isBlank());
        return d;
    }

    private static String date(DateValue d) {
        if (d.isValid()) {
            return d.date().toString();
        }
        if (d.status() == DateValue.Status.PARTIAL && d.year() != null) {
            return d.month() == null ? Integer.toString(d.year())
                    : String.format(java.util.Locale.ROOT, "%04d-%02d", d.year(), d.month());
        }
        return null;
    }

    private static String address(SourceRecord raw) {
        String whole = raw.get(CanonicalField.ADDRESS);
        if (whole != null) {
            return whole;
        }
        List<String> parts = new ArrayList<>();
        for (CanonicalField f : List.of(CanonicalField.ADDRESS_1, CanonicalField.ADDRESS_2, CanonicalField.ADDRESS_3,
                CanonicalField.ADDRESS_4, CanonicalField.ADDRESS_5)) {
            if (raw.get(f) != null) {
                parts.add(raw.get(f));
            }
        }
        if (parts.isEmpty()) {
            StringBuilder first = new StringBuilder();
            for (CanonicalField f : List.of(CanonicalField.FLAT, CanonicalField.HOUSE_NUMBER,
                    CanonicalField.HOUSE_NAME, CanonicalField.STREET)) {
                if (raw.get(f) != null) {
                    first.append(first.length() == 0 ? "" : " ").append(raw.get(f));
                }
            }
            if (first.length() > 0) {
                parts.add(first.toString());
            }
            for (CanonicalField f : List.of(CanonicalField.LOCALITY, CanonicalField.TOWN)) {
                if (raw.get(f) != null) {
                    parts.add(raw.get(f));
                }
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }
}
