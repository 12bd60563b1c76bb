package org.residentindex.ingest.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How to read one source file: where it is, which column is the record id, the dialect when not detected,
 * and the column mapping (canonical field key → column name) that overrides automatic mapping. Only
 * {@code path} is required. Immutable; {@link LinkConfigReader} resolves {@code path} against the yaml's folder.
 *
 * @param name       source name; defaults to the file name without extension
 * @param path       the CSV file
 * @param id         record id column; detected from the header when null
 * @param delimiter  one character ({@code ","}, {@code "\t"}, {@code ";"}, {@code "|"}); detected when null
 * @param encoding   {@code UTF-8} (default) or {@code windows-1252}
 * @param dateFormat a {@link java.time.format.DateTimeFormatter} pattern tried first for dates of birth
 * @param mapping    canonical field key → column name; overrides automatic mapping
 * @param ignore     columns not used at all
 * @param skipRows   rows above the header to skip; null: title rows are detected
 * @param sheet      for an .xlsx file, the sheet to read (name); null: the first sheet
 * @param owner      the service that owns the dataset, for the information-asset register ({@code rix data-audit});
 *                   optional, never used in linking
 * @param purpose    what the service holds the data for; optional, register only
 * @param lawfulBasis the UK GDPR lawful basis it is held under (e.g. "Article 6(1)(e) public task"); optional,
 *                   register only
 */
public record SourceConfig(
        String name, Path path, String id, String delimiter, String encoding,
        @JsonProperty("date_format") String dateFormat, Map<String, String> mapping, List<String> ignore,
        @JsonProperty("skip_rows") Integer skipRows, String sheet,
        String owner, String purpose, @JsonProperty("lawful_basis") String lawfulBasis) {

    public SourceConfig {
        mapping = mapping == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
        if (name == null && path != null) {
            name = defaultName(path);
        }
    }

    /** A source without row skipping, sheet or register settings. */
    public SourceConfig(String name, Path path, String id, String delimiter, String encoding, String dateFormat,
            Map<String, String> mapping, List<String> ignore) {
        this(name, path, id, delimiter, encoding, dateFormat, mapping, ignore, null, null, null, null, null);
    }

    /** A source with row skipping and sheet settings, without register details. */
    public SourceConfig(String name, Path path, String id, String delimiter, String encoding, String dateFormat,
            Map<String, String> mapping, List<String> ignore, Integer skipRows, String sheet) {
        this(name, path, id, delimiter, encoding, dateFormat, mapping, ignore, skipRows, sheet, null, null, null);
    }

    /** A source with register details (owner, purpose, lawful basis), without row skipping or sheet settings. */
    public SourceConfig(String name, Path path, String id, String delimiter, String encoding, String dateFormat,
            Map<String, String> mapping, List<String> ignore, String owner, String purpose, String lawfulBasis) {
        this(name, path, id, delimiter, encoding, dateFormat, mapping, ignore, null, null, owner, purpose,
                lawfulBasis);
    }

    /** A source with every setting detected. */
    public static SourceConfig of(Path path) {
        return new SourceConfig(null, path, null, null, null, null, null, null);
    }

    /** This source with {@code rows} rows skipped above the header (null: detected). */
    public SourceConfig withSkipRows(Integer rows) {
        return new SourceConfig(name, path, id, delimiter, encoding, dateFormat, mapping, ignore, rows, sheet, owner,
                purpose, lawfulBasis);
    }

    /** This source with {@code path} replaced (the name is kept when it was given). */
    public SourceConfig withPath(Path newPath) {
        String keptName = name == null || name.equals(defaultName(path)) ? null : name;
        return new SourceConfig(keptName, newPath, id, delimiter, encoding, dateFormat, mapping, ignore, skipRows,
                sheet, owner, purpose, lawfulBasis);
    }

    /** This source with the id column set. */
    public SourceConfig withId(String idColumn) {
        return new SourceConfig(name, path, idColumn, delimiter, encoding, dateFormat, mapping, ignore, skipRows,
                sheet, owner, purpose, lawfulBasis);
    }

    /** This source with extra mapping entries (they win over existing ones) and extra ignored columns. */
    public SourceConfig withOverrides(Map<String, String> extraMapping, List<String> extraIgnore) {
        Map<String, String> m = new LinkedHashMap<>(mapping);
        m.putAll(extraMapping);
        List<String> ig = new ArrayList<>(ignore);
        ig.addAll(extraIgnore);
        return new SourceConfig(name, path, id, delimiter, encoding, dateFormat, m, ig, skipRows, sheet, owner, purpose,
                lawfulBasis);
    }

    private static String defaultName(Path p) {
        if (p == null || p.getFileName() == null) {
            return null;
        }
        String file = p.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return (dot > 0 ? file.substring(0, dot) : file).toLowerCase(Locale.ROOT);
    }
}
