package org.residentindex.insight;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Wales Audit Office maturity matrix descriptors for the characteristics this tool can evidence, quoted
 * verbatim from the WAO "Use of data" study (bundled as {@code wao-maturity-matrix.tsv}).
 */
final class MaturityMatrix {

    static final String CORPORATE_STANDARDS = "Corporate Standards";
    static final String INTEGRATED_CUSTOMER_DATA = "Integrated customer data";
    static final String DATA_PROTECTION = "Data Protection";

    private static final Map<String, List<String>> DESCRIPTORS = load();

    private MaturityMatrix() {
    }

    /** Level 1, 2 and 3 descriptors of {@code characteristic}. */
    static List<String> descriptors(String characteristic) {
        List<String> d = DESCRIPTORS.get(characteristic);
        if (d == null) {
            throw new IllegalStateException("no descriptors bundled for " + characteristic);
        }
        return d;
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        try (InputStream in = MaturityMatrix.class.getResourceAsStream("wao-maturity-matrix.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                map.put(cells[0].trim(), List.of(cells[1].trim(), cells[2].trim(), cells[3].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
