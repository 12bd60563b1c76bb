package org.residentindex.ingest.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.residentindex.ResidentIndexException;
import org.residentindex.model.CanonicalField;

/**
 * Reads {@code link.yaml} (or JSON, which is YAML) into a {@link LinkConfig}. Unknown keys, unknown canonical
 * field names in a mapping, a source without a path and a missing file are errors that name the key or path
 * and the config file. Source paths are resolved against the config file's folder. Thread-safe.
 */
public final class LinkConfigReader {

    private final ObjectMapper mapper = new ObjectMapper(new YAMLFactory()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Reads and validates {@code file}. */
    public LinkConfig read(Path file) {
        LinkConfig raw;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            raw = mapper.readValue(in, LinkConfig.class);
        } catch (NoSuchFileException e) {
            throw new ResidentIndexException("config file not found: " + file);
        } catch (UnrecognizedPropertyException e) {
            throw new ResidentIndexException(file + ": unknown key '" + e.getPropertyName() + "' at line "
                    + line(file, e) + " (" + path(e) + "); expected one of "
                    + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.toList()));
        } catch (JsonProcessingException e) {
            java.util.regex.Matcher dup = java.util.regex.Pattern.compile("Duplicate field '([^']*)'")
                    .matcher(String.valueOf(e.getOriginalMessage()));
            if (dup.find()) {
                throw new ResidentIndexException(file + ": key '" + dup.group(1) + "' appears twice at line "
                        + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                        + " (in one section); the second would silently replace the first: keep one", e);
            }
            throw new ResidentIndexException(file + ": not a valid config at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ResidentIndexException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        if (raw == null) {
            throw new ResidentIndexException(file + ": the config file is empty");
        }
        return resolve(file, raw);
    }

    /**
     * The line of the offending key: Jackson's YAML location points past the key's value, so the first line
     * holding the key as a YAML key is used, falling back to Jackson's location.
     */
    private static int line(Path file, UnrecognizedPropertyException e) {
        java.util.regex.Pattern key = java.util.regex.Pattern.compile(
                "^[\\s-]*[\"']?" + java.util.regex.Pattern.quote(e.getPropertyName()) + "[\"']?\\s*:");
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (key.matcher(lines.get(i)).find()) {
                    return i + 1;
                }
            }
        } catch (IOException ignored) {
            // the location below is still a useful hint
        }
        return e.getLocation() == null ? -1 : e.getLocation().getLineNr();
    }

    private static String path(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m) {
            return m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        return "";
    }

    private static LinkConfig resolve(Path file, LinkConfig raw) {
        Path base = file.toAbsolutePath().getParent();
        List<SourceConfig> sources = new ArrayList<>();
        for (int i = 0; i < raw.sources().size(); i++) {
            SourceConfig s = raw.sources().get(i);
            if (s.path() == null) {
                throw new ResidentIndexException(file + ": sources[" + i + "] has no 'path'");
            }
            for (String key : s.mapping().keySet()) {
                if (CanonicalField.fromKey(key).isEmpty()) {
                    throw new ResidentIndexException(file + " line " + keyLine(file, key, i + 1) + ": sources[" + i
                            + "]: " + org.residentindex.ingest.FieldCatalogue.unknownFieldMessage(key, "mapping"));
                }
            }
            if (s.dateFormat() != null) {
                String problem = dateFormatProblem(s.dateFormat());
                if (problem != null) {
                    throw new ResidentIndexException(file + " line " + keyLine(file, "date_format", i + 1)
                            + ": sources[" + i + "].date_format '" + s.dateFormat() + "' " + problem);
                }
            }
            if (s.skipRows() != null && s.skipRows() < 0) {
                throw new ResidentIndexException(file + " line " + keyLine(file, "skip_rows", i + 1) + ": sources["
                        + i + "].skip_rows must be 0 or more");
            }
            sources.add(s.withPath(base.resolve(s.path()).normalize()));
        }
        Path gazetteer = raw.gazetteer() == null ? null : base.resolve(raw.gazetteer()).normalize();
        return new LinkConfig(sources, gazetteer, raw.maturity(), raw.insights());
    }

    /**
     * Why {@code pattern} cannot be a date-of-birth format, or null when it can: it must compile as a
     * {@link java.time.format.DateTimeFormatter} pattern, hold a day, a month and a year, and no time fields
     * ({@code mm} is minutes: the month is {@code MM}).
     */
    static String dateFormatProblem(String pattern) {
        try {
            java.time.format.DateTimeFormatter.ofPattern(pattern, java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "is not a valid date pattern (" + e.getMessage() + "); e.g. dd/MM/yyyy, yyyy-MM-dd, d-MMM-yy";
        }
        String letters = pattern.replaceAll("'[^']*'", "");
        if (letters.contains("m")) {
            return "uses 'm' (minutes); the month is 'M', e.g. dd/MM/yyyy";
        }
        if (letters.matches(".*[HhkKsSan].*")) {
            return "holds time fields; a date of birth needs only day, month and year, e.g. dd/MM/yyyy";
        }
        if (!letters.contains("d") || !(letters.contains("M") || letters.contains("L"))
                || !(letters.contains("y") || letters.contains("u"))) {
            return "needs a day (d), a month (M) and a year (y), e.g. dd/MM/yyyy";
        }
        return null;
    }

    /** The line of {@code key:} in the {@code nth} (1-based) list item of the file (a source), or -1. */
    private static int keyLine(Path file, String key, int nth) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(
                "^[\\s-]*[\"']?" + java.util.regex.Pattern.quote(key) + "[\"']?\\s*:");
        java.util.regex.Pattern item = java.util.regex.Pattern.compile("^\\s*-\\s+\\S");
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int items = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (item.matcher(lines.get(i)).find()) {
                    items++;
                }
                if (items == nth && p.matcher(lines.get(i)).find()) {
                    return i + 1;
                }
            }
        } catch (IOException ignored) {
            // the message still names the key and source
        }
        return -1;
    }

    static List<String> canonicalKeys() {
        List<String> keys = new ArrayList<>();
        for (CanonicalField f : CanonicalField.values()) {
            keys.add(f.key());
        }
        return keys;
    }
}
