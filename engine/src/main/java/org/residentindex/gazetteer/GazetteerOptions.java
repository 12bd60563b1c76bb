package org.residentindex.gazetteer;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to load a gazetteer.
 *
 * @param mapping  gazetteer field key → column name overrides ({@code --map street_en=STREET}); plain CSV only
 * @param indexDir where the Lucene index lives; null for {@code <gazetteer file>.rix-index/}
 * @param parser   parser for single-line addresses (flat extracts and free-text queries)
 * @param format   the file's layout; {@link GazetteerFormat#AUTO} (the default) detects it from the first line
 */
public record GazetteerOptions(Map<String, String> mapping, Path indexDir, AddressTextParser parser,
        GazetteerFormat format) {

    public GazetteerOptions {
        mapping = mapping == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
        parser = parser == null ? DefaultParsers.addressText() : parser;
        format = format == null ? GazetteerFormat.AUTO : format;
    }

    /** Options without a format (detected). */
    public GazetteerOptions(Map<String, String> mapping, Path indexDir, AddressTextParser parser) {
        this(mapping, indexDir, parser, GazetteerFormat.AUTO);
    }

    /** Defaults: detected format, recognised headers, index beside the file, the normaliser's address parser. */
    public static GazetteerOptions defaults() {
        return new GazetteerOptions(null, null, null, null);
    }

    /** These options with another index directory. */
    public GazetteerOptions withIndexDir(Path dir) {
        return new GazetteerOptions(mapping, dir, parser, format);
    }

    /** These options with other column overrides. */
    public GazetteerOptions withMapping(Map<String, String> overrides) {
        return new GazetteerOptions(overrides, indexDir, parser, format);
    }

    /** These options with a named format ({@link GazetteerFormat#AUTO} to detect it). */
    public GazetteerOptions withFormat(GazetteerFormat f) {
        return new GazetteerOptions(mapping, indexDir, parser, f);
    }
}
