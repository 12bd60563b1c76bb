package org.residentindex.gazetteer;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to load a gazetteer.
 *
 * @param mapping  gazetteer field key → column name overrides ({@code --map street_en=STREET})
 * @param indexDir where the Lucene index lives; null for {@code <gazetteer file>.rix-index/}
 * @param parser   parser for single-line addresses (flat extracts and free-text queries)
 */
public record GazetteerOptions(Map<String, String> mapping, Path indexDir, AddressTextParser parser) {

    public GazetteerOptions {
        mapping = mapping == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
        parser = parser == null ? DefaultParsers.addressText() : parser;
    }

    /** Defaults: recognised headers, index beside the file, the normaliser's address parser. */
    public static GazetteerOptions defaults() {
        return new GazetteerOptions(null, null, null);
    }

    /** These options with another index directory. */
    public GazetteerOptions withIndexDir(Path dir) {
        return new GazetteerOptions(mapping, dir, parser);
    }

    /** These options with other column overrides. */
    public GazetteerOptions withMapping(Map<String, String> overrides) {
        return new GazetteerOptions(overrides, indexDir, parser);
    }
}
