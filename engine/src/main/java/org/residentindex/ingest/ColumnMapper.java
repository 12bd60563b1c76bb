package org.residentindex.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.residentindex.ResidentIndexException;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.model.CanonicalField;

/**
 * Maps a header onto the canonical schema. Explicit settings win (config/--map {@code mapping}, {@code id},
 * {@code ignore}); every other column is matched through the synonyms resource
 * {@code org/residentindex/normalise/column-synonyms.txt} on its normalised name (lower case, letters and digits
 * only); the first column for a field wins and later ones become "other". The record id column, when not given,
 * is a column named {@code id}, {@code rec_id} or {@code record_id}, else the first column when its name ends in
 * {@code ref}, {@code number}, {@code no} or {@code id}. A missing id column or a mapped column absent from the
 * header is an error naming the column and the source. Thread-safe.
 */
public final class ColumnMapper {

    private static final Map<String, CanonicalField> SYNONYMS = loadSynonyms();
    private static final Set<String> ID_SUFFIXES = Set.of("ref", "number", "no", "id", "reference", "key");

    /** Normalised form of a header: lower case ({@code Locale.ROOT}), letters and digits only. */
    public static String normaliseHeader(String header) {
        StringBuilder b = new StringBuilder();
        for (char c : header.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The canonical field a header names through the synonyms table, or null. */
    public static CanonicalField lookup(String header) {
        return SYNONYMS.get(normaliseHeader(header));
    }

    /** The mapping of {@code header} for {@code config}. */
    public ColumnMapping map(List<String> header, SourceConfig config) {
        String where = "source '" + config.name() + "' (" + config.path() + ")";
        Map<CanonicalField, String> fields = new EnumMap<>(CanonicalField.class);
        Map<CanonicalField, String> origins = new EnumMap<>(CanonicalField.class);
        for (String column : config.ignore()) {
            requireColumn(header, column, "ignore", where);
        }
        config.mapping().forEach((key, column) -> {
            CanonicalField field = CanonicalField.fromKey(key).orElseThrow(() ->
                    new ResidentIndexException(where + ": unknown canonical field '" + key + "' in mapping"));
            requireColumn(header, column, "mapping " + key, where);
            fields.put(field, column);
            origins.put(field, "config");
        });
        if (config.id() != null) {
            requireColumn(header, config.id(), "id", where);
            fields.put(CanonicalField.RECORD_ID, config.id());
            origins.put(CanonicalField.RECORD_ID, "config");
        }
        List<String> taken = new ArrayList<>(fields.values());
        for (String column : header) {
            CanonicalField field = lookup(column);
            if (field != null && !fields.containsKey(field) && !taken.contains(column)
                    && !config.ignore().contains(column)) {
                fields.put(field, column);
                origins.put(field, "auto");
                taken.add(column);
            }
        }
        if (!fields.containsKey(CanonicalField.RECORD_ID)) {
            String first = header.isEmpty() ? "" : header.get(0);
            if (!taken.contains(first) && !config.ignore().contains(first) && looksLikeId(first)) {
                fields.put(CanonicalField.RECORD_ID, first);
                origins.put(CanonicalField.RECORD_ID, "auto");
                taken.add(first);
            } else {
                throw new ResidentIndexException(where + ": no record id column found in the header; give one"
                        + " with --id COLUMN or 'id:' in link.yaml");
            }
        }
        List<String> ignored = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (String column : header) {
            if (config.ignore().contains(column)) {
                ignored.add(column);
            } else if (!taken.contains(column)) {
                other.add(column);
            }
        }
        return new ColumnMapping(header, fields, origins, ignored, other);
    }

    private static boolean looksLikeId(String column) {
        String n = normaliseHeader(column);
        return ID_SUFFIXES.stream().anyMatch(n::endsWith);
    }

    private static void requireColumn(List<String> header, String column, String setting, String where) {
        if (!header.contains(column)) {
            throw new ResidentIndexException(where + ": column '" + column + "' given for " + setting
                    + " is not in the header (" + HeaderShape.describe(header) + ")");
        }
    }

    private static Map<String, CanonicalField> loadSynonyms() {
        Map<String, CanonicalField> map = new HashMap<>();
        try (InputStream in = ColumnMapper.class.getResourceAsStream("/org/residentindex/normalise/column-synonyms.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                String key = line.substring(0, colon);
                CanonicalField field = CanonicalField.fromKey(key)
                        .orElseThrow(() -> new IllegalStateException("bad synonyms key: " + key));
                map.put(normaliseHeader(field.key()), field);
                for (String s : line.substring(colon + 1).split(",")) {
                    map.put(normaliseHeader(s), field);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
