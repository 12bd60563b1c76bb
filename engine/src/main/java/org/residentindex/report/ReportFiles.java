package org.residentindex.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.residentindex.ResidentIndexException;

/** Writes report text as UTF-8. */
final class ReportFiles {

    private ReportFiles() {
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ResidentIndexException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
