package org.residentindex.link;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVPrinter;
import org.residentindex.cluster.CsvInput;

/**
 * {@code merged_into.csv} ({@code retired_id,merged_into}): every resident id retired by a merge in this or an
 * earlier run, with the id that now holds most of its records. Accumulated across runs in the output folder and fed
 * back to id assignment, so a retired id is never minted again.
 */
final class MergedIds {

    static final String FILE = "merged_into.csv";

    private MergedIds() {
    }

    /** Retired id → surviving id, sorted; empty when the file does not exist. */
    static Map<String, String> read(Path file) {
        Map<String, String> retired = new TreeMap<>();
        if (Files.exists(file)) {
            CsvInput.read(file, List.of("retired_id", "merged_into"),
                    row -> retired.put(row.required("retired_id"), row.required("merged_into")));
        }
        return retired;
    }

    /** Writes the map sorted by retired id. */
    static void write(Path file, Map<String, String> retired) {
        CSVPrinter printer = OutputFiles.open(file, "retired_id", "merged_into");
        for (Map.Entry<String, String> e : new TreeMap<>(retired).entrySet()) {
            OutputFiles.print(printer, file, e.getKey(), e.getValue());
        }
        OutputFiles.close(printer, file);
    }
}
