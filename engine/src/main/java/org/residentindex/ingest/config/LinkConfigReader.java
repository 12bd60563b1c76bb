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

    private final ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
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
                    throw new ResidentIndexException(file + ": sources[" + i + "].mapping has unknown field '" + key
                            + "'; expected one of " + canonicalKeys());
                }
            }
            sources.add(s.withPath(base.resolve(s.path()).normalize()));
        }
        Path gazetteer = raw.gazetteer() == null ? null : base.resolve(raw.gazetteer()).normalize();
        return new LinkConfig(sources, gazetteer, raw.maturity(), raw.insights());
    }

    static List<String> canonicalKeys() {
        List<String> keys = new ArrayList<>();
        for (CanonicalField f : CanonicalField.values()) {
            keys.add(f.key());
        }
        return keys;
    }
}
