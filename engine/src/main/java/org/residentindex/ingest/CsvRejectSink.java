package org.residentindex.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.residentindex.ResidentIndexException;

/**
 * Writes rejects to a UTF-8 CSV file with header {@code source,line,field,reason}, one row per reject, in the
 * order received. Close it to flush. Not thread-safe.
 */
public final class CsvRejectSink implements RejectSink, AutoCloseable {

    private final Path file;
    private final CSVPrinter printer;

    /** Creates (or replaces) {@code file}. */
    public CsvRejectSink(Path file) {
        this.file = file;
        try {
            BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            printer = CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                    .setHeader("source", "line", "field", "reason").get().print(out);
        } catch (IOException e) {
            throw new ResidentIndexException("cannot write rejects file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void reject(Reject r) {
        try {
            printer.printRecord(r.source(), r.line(), r.field(), r.reasonText());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rejects file " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rejects file " + file, e);
        }
    }
}
