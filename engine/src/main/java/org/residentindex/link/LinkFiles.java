package org.residentindex.link;

import java.nio.file.Path;
import org.apache.commons.csv.CSVPrinter;
import org.residentindex.score.WeightExplanation;

/**
 * Public access to the writers of {@code links.csv} and {@code review.csv} for linkers outside this package (the
 * pprl module links encodings and must write the same files, byte for byte in the same format). Delegates to the
 * package's own writers; adds nothing.
 */
public final class LinkFiles {

    private LinkFiles() {
    }

    /** The header of {@code links.csv}. */
    public static String[] linkHeader() {
        return OutputFiles.LINK_HEADER.clone();
    }

    /** The header of {@code review.csv}: the link header and {@code explanation}. */
    public static String[] reviewHeader() {
        String[] h = java.util.Arrays.copyOf(OutputFiles.LINK_HEADER, OutputFiles.LINK_HEADER.length + 1);
        h[h.length - 1] = "explanation";
        return h;
    }

    /** A CSV printer on a new UTF-8 file with the given header. */
    public static CSVPrinter open(Path file, String... header) {
        return OutputFiles.open(file, header);
    }

    /** Prints one row. */
    public static void print(CSVPrinter printer, Path file, Object... values) {
        OutputFiles.print(printer, file, values);
    }

    /** Flushes and closes. */
    public static void close(CSVPrinter printer, Path file) {
        OutputFiles.close(printer, file);
    }

    /** A match weight as the files write it. */
    public static String weight(double w) {
        return OutputFiles.weight(w);
    }

    /** A probability as the files write it. */
    public static String probability(double p) {
        return OutputFiles.probability(p);
    }

    /** An explanation as {@code review.csv} writes it. */
    public static String explanation(WeightExplanation e) {
        return OutputFiles.explanation(e);
    }
}
