package org.residentindex.dataaudit;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.residentindex.ingest.ColumnMapping;
import org.residentindex.ingest.ReadSummary;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.model.CanonicalField;
import org.residentindex.model.NormalisedRecord;
import org.residentindex.model.SourceRecord;

/**
 * The counts of one dataset gathered while its file streams past: per item present and valid, per standard item
 * the values in each format, per other column present, special-category hits and dates. Holds counts only — no
 * value is kept beyond the record being read. Not thread-safe.
 */
final class DatasetScan {

    /** A column is a date column when this share of its values are full dates. */
    static final double DATE_COLUMN_SHARE = 0.9;
    /** A column's values suggest a special category when this share of them name one (at least one value). */
    static final double SPECIAL_VALUE_SHARE = 0.01;

    private final ItemChecks checks;
    private final Map<DataItem, long[]> items = new EnumMap<>(DataItem.class);
    private final Map<StandardItem, Map<String, Long>> formats = new EnumMap<>(StandardItem.class);
    private final Map<String, Other> others = new LinkedHashMap<>();

    private static final class Other {
        long present;
        long dated;
        YearMonth min;
        YearMonth max;
        final Map<String, Long> categoryHits = new TreeMap<>();
    }

    DatasetScan(ItemChecks checks) {
        this.checks = checks;
    }

    void add(SourceRecord r, NormalisedRecord n) {
        for (DataItem item : DataItem.values()) {
            if (checks.present(item, r, n)) {
                long[] c = items.computeIfAbsent(item, k -> new long[2]);
                c[0]++;
                if (checks.valid(item, r, n)) {
                    c[1]++;
                }
            }
        }
        tallyFormats(r);
        r.other().forEach((column, value) -> {
            Other o = others.computeIfAbsent(column, k -> new Other());
            o.present++;
            String f = Formats.date(value);
            if (!Formats.OTHER.equals(f)) {
                java.time.LocalDate d = Formats.parse(value, f);
                YearMonth m = YearMonth.from(d);
                o.dated++;
                o.min = o.min == null || m.isBefore(o.min) ? m : o.min;
                o.max = o.max == null || m.isAfter(o.max) ? m : o.max;
            }
            for (String category : SpecialCategories.ofValue(value)) {
                o.categoryHits.merge(category, 1L, Long::sum);
            }
        });
    }

    private void tallyFormats(SourceRecord r) {
        String dob = r.get(CanonicalField.DATE_OF_BIRTH);
        if (dob != null) {
            tally(StandardItem.DATE_OF_BIRTH_FORMAT, Formats.date(dob));
        }
        for (CanonicalField f : List.of(CanonicalField.GIVEN_NAME, CanonicalField.SURNAME, CanonicalField.FULL_NAME)) {
            String v = r.get(f);
            String c = v == null ? null : Formats.letterCase(v);
            if (c != null) {
                tally(StandardItem.NAME_CASE, c);
            }
        }
        String full = r.get(CanonicalField.FULL_NAME);
        if (full != null) {
            tally(StandardItem.NAME_LAYOUT, full.contains(",") ? "surname_first" : "full_name");
        } else if (r.get(CanonicalField.GIVEN_NAME) != null || r.get(CanonicalField.SURNAME) != null) {
            tally(StandardItem.NAME_LAYOUT, "separate");
        }
        StringBuilder address = new StringBuilder();
        String layout = null;
        for (CanonicalField f : DataItem.ADDRESS.fields()) {
            String v = r.get(f);
            if (v == null) {
                continue;
            }
            address.append(address.isEmpty() ? "" : ", ").append(v);
            String l = f == CanonicalField.ADDRESS ? "one_line"
                    : f.name().startsWith("ADDRESS_") ? "lines" : "structured";
            layout = layout == null ? l : layout;
        }
        if (layout != null) {
            tally(StandardItem.ADDRESS_LAYOUT, layout);
            String c = Formats.letterCase(address.toString());
            if (c != null) {
                tally(StandardItem.ADDRESS_CASE, c);
            }
        }
        String pc = r.get(CanonicalField.POSTCODE);
        if (pc != null) {
            tally(StandardItem.POSTCODE_FORMAT, Formats.postcode(pc));
        }
        String sex = r.get(CanonicalField.SEX);
        if (sex != null) {
            tally(StandardItem.SEX_CODING, Formats.sex(sex));
        }
        String ni = r.get(CanonicalField.NI_NUMBER);
        if (ni != null) {
            tally(StandardItem.NI_NUMBER_FORMAT, Formats.niNumber(ni));
        }
        tally(StandardItem.PROPERTY_CODING,
                org.residentindex.normalise.Identifiers.uprn(r.get(CanonicalField.UPRN)) != null ? "uprn" : "none");
    }

    private void tally(StandardItem item, String format) {
        formats.computeIfAbsent(item, k -> new TreeMap<>()).merge(format, 1L, Long::sum);
    }

    /** The register entry, once the file has been read. */
    DatasetEntry entry(SourceConfig config, ReadSummary summary) {
        long records = summary.accepted();
        ColumnMapping mapping = summary.mapping();
        List<ItemQuality> quality = new ArrayList<>();
        for (DataItem item : DataItem.values()) {
            List<String> columns = columns(mapping, item);
            if (columns.isEmpty()) {
                continue;
            }
            long[] c = items.getOrDefault(item, new long[2]);
            String check = checks.checkKey(item);
            quality.add(new ItemQuality(item, columns, c[0], Shares.of(c[0], records), check == null ? -1 : c[1],
                    check == null ? null : Shares.of(c[1], c[0]), check));
        }
        Set<String> special = new TreeSet<>(SpecialCategories.ofDatasetName(config.name()));
        List<OtherColumn> otherColumns = new ArrayList<>();
        List<DateRange> ranges = new ArrayList<>();
        for (String column : mapping.other()) {
            Other o = others.getOrDefault(column, new Other());
            Set<String> categories = new TreeSet<>(SpecialCategories.ofHeader(column));
            o.categoryHits.forEach((category, hits) -> {
                if (hits >= Math.max(1.0, SPECIAL_VALUE_SHARE * o.present)) {
                    categories.add(category);
                }
            });
            boolean dated = o.present > 0 && o.dated >= DATE_COLUMN_SHARE * o.present;
            otherColumns.add(new OtherColumn(column, o.present, Shares.of(o.present, records),
                    List.copyOf(categories), dated));
            special.addAll(categories);
            if (dated) {
                ranges.add(new DateRange(column, o.min.toString(), o.max.toString(), o.dated));
            }
        }
        List<DatasetKey> keys = new ArrayList<>();
        keys.add(new DatasetKey("own_reference", mapping.idColumn(), 1.0));
        addKey(keys, "uprn", mapping, CanonicalField.UPRN, DataItem.UPRN, records);
        addKey(keys, "ni_number", mapping, CanonicalField.NI_NUMBER, DataItem.NI_NUMBER, records);
        Map<StandardItem, Map<String, Long>> fmt = new EnumMap<>(StandardItem.class);
        formats.forEach((k, v) -> fmt.put(k, java.util.Collections.unmodifiableMap(new TreeMap<>(v))));
        String file = config.path().getFileName() == null ? config.path().toString()
                : config.path().getFileName().toString();
        return new DatasetEntry(config.name(), file, blankToNull(config.owner()), blankToNull(config.purpose()),
                blankToNull(config.lawfulBasis()), records, summary.rejected(), quality, otherColumns,
                List.copyOf(special), ranges, keys, fmt);
    }

    private void addKey(List<DatasetKey> keys, String kind, ColumnMapping mapping, CanonicalField field,
                        DataItem item, long records) {
        String column = mapping.fields().get(field);
        if (column != null) {
            keys.add(new DatasetKey(kind, column, Shares.of(items.getOrDefault(item, new long[2])[0], records)));
        }
    }

    /** The item's columns in file order. */
    static List<String> columns(ColumnMapping mapping, DataItem item) {
        List<String> columns = new ArrayList<>();
        for (String column : mapping.header()) {
            for (Map.Entry<CanonicalField, String> e : mapping.fields().entrySet()) {
                if (e.getValue().equals(column) && item.fields().contains(e.getKey()) && !columns.contains(column)) {
                    columns.add(column);
                }
            }
        }
        return columns;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
