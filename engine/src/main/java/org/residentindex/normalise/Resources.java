package org.residentindex.normalise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the word tables shipped in the engine jar (the normalisation tables under
 * {@code org/residentindex/normalise/}, and ingest's own lists). Stateless.
 */
public final class Resources {

    private Resources() {
    }

    /**
     * Non-blank, non-comment ({@code #}) lines of a resource, trimmed; {@code name} is resolved as by
     * {@link Class#getResourceAsStream} against this package (an absolute name starts with {@code /}).
     *
     * @throws IllegalStateException when the resource is missing from the jar
     */
    public static List<String> lines(String name) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.trim();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    lines.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** Lines "key: a, b, c" as key → [a, b, c], all folded, in file order. */
    static Map<String, List<String>> keyed(String name) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String line : lines(name)) {
            int colon = line.indexOf(':');
            List<String> values = new ArrayList<>();
            for (String v : line.substring(colon + 1).split(",")) {
                String f = Text.foldWords(v);
                if (f != null) {
                    values.add(f);
                }
            }
            map.put(Text.foldWords(line.substring(0, colon)), values);
        }
        return map;
    }
}
