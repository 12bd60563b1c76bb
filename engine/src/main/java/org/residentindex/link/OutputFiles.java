package org.residentindex.link;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.residentindex.ResidentIndexException;
import org.residentindex.score.Contribution;
import org.residentindex.score.WeightExplanation;

/**
 * Writers for {@code links.csv} and {@code review.csv}. Numbers use {@code Locale.ROOT} with fixed decimals and
 * lines end with {@code \n}, so the same run gives byte-identical files. {@code review.csv} explains each pair
 * by field level and contribution only — it holds no names, dates or addresses.
 */
final class OutputFiles {

    static final String[] LINK_HEADER = {"left_source", "left_record_id", "right_source", "right_record_id",
        "match_weight", "match_probability"};

    private OutputFiles() {
    }

    /** A CSV printer on a new UTF-8 file with the given header. */
    static CSVPrinter open(Path file, String... header) {
        try {
            Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            return CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(header).get().print(out);
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot write " + file + ": " + e.getClass().getSimpleName(), e);
        }
    }

    static String weight(double w) {
        return String.format(Locale.ROOT, "%.4f", w);
    }

    static String probability(double p) {
        return String.format(Locale.ROOT, "%.6f", p);
    }

    /** {@code field=level(+1.23)} per field, then the prior, joined by {@code ; }. */
    static String explanation(WeightExplanation e) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "prior(%+.2f)", e.prior()));
        for (Contribution c : e.contributions()) {
            b.append("; ").append(c.field()).append('=').append(c.level())
                    .append(String.format(Locale.ROOT, "(%+.2f)", c.total()));
        }
        return b.toString();
    }

    static void close(CSVPrinter printer, Path file) {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot write " + file + ": " + e.getClass().getSimpleName(), e);
        }
    }

    static void print(CSVPrinter printer, Path file, Object... values) {
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot write " + file + ": " + e.getClass().getSimpleName(), e);
        }
    }
}
