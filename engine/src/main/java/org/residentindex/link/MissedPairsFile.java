package org.residentindex.link;

import java.nio.file.Path;
import org.apache.commons.csv.CSVPrinter;
import org.residentindex.evaluate.PairCompleteness;

/**
 * {@code blocking_missed.csv}, written when a run is given a truth file: the true pairs blocking never compared
 * ({@code left_source,left_record_id,right_source,right_record_id}, ordinal order), to show which blocking rule a
 * data set needs. Record ids only — no names, dates or addresses.
 */
final class MissedPairsFile {

    static final String FILE = "blocking_missed.csv";

    private MissedPairsFile() {
    }

    /** Writes the missed pairs of {@code completeness} into {@code out}; returns {@code completeness}. */
    static PairCompleteness write(Path out, RecordStore store, PairCompleteness completeness) {
        Path file = out.resolve(FILE);
        CSVPrinter csv = OutputFiles.open(file, "left_source", "left_record_id", "right_source", "right_record_id");
        for (int[] pair : completeness.missed()) {
            OutputFiles.print(csv, file, store.source(pair[0]), store.recordId(pair[0]), store.source(pair[1]),
                    store.recordId(pair[1]));
        }
        OutputFiles.close(csv, file);
        return completeness;
    }
}
