package org.residentindex.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.residentindex.ResidentIndexException;

/**
 * The layouts a gazetteer file can have. {@link #detect} looks at the first line only: a DTF file starts with
 * a numeric record identifier (10 header, or 11/15/21/24 when the header was cut off); an AddressBase Plus file
 * with a header names {@code UDPRN} or {@code STREET_DESCRIPTION}, and one without a header has about 77
 * columns starting with a UPRN; anything else is a CSV with a header row (structured or flat).
 */
public enum GazetteerFormat {
    /** Detect from the first line. */
    AUTO,
    /** A CSV with a header row: structured BS7666 columns, or flat {@code uprn, address, postcode}. */
    CSV,
    /** NLPG Data Transfer Format 7.3: one CSV of record types 10, 11, 15, 21, 24 … 99, no header row. */
    DTF,
    /** OS AddressBase Plus CSV (one row per address, English and Welsh LPI fields side by side). */
    ADDRESSBASE_PLUS;

    /** The option value, e.g. {@code addressbase_plus}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code s} ({@code auto, csv, dtf, addressbase_plus}, also {@code abp}), if any. */
    public static Optional<GazetteerFormat> fromKey(String s) {
        String k = s.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        if (k.equals("abp") || k.equals("addressbase") || k.equals("addressbaseplus")) {
            return Optional.of(ADDRESSBASE_PLUS);
        }
        if (k.startsWith("dtf")) {
            return Optional.of(DTF);
        }
        for (GazetteerFormat f : values()) {
            if (f.key().equals(k)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format of {@code file} from its first non-blank line; {@link #CSV} when nothing else fits. */
    public static GazetteerFormat detect(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    return ofFirstLine(line.startsWith("\uFEFF") ? line.substring(1) : line);
                }
            }
            return CSV;
        } catch (IOException e) {
            throw new ResidentIndexException("cannot read gazetteer " + file + ": " + e.getMessage(), e);
        }
    }

    static GazetteerFormat ofFirstLine(String line) {
        String[] cells = line.split(",", -1);
        String first = cells[0].replace("\"", "").trim();
        if (first.matches("10|11|15|21|24") && cells.length >= 8) {
            return DTF;
        }
        String upper = line.toUpperCase(Locale.ROOT);
        if (upper.contains("UDPRN") || upper.contains("STREET_DESCRIPTION")) {
            return ADDRESSBASE_PLUS;
        }
        if (Text.isDigits(first) && cells.length >= AddressBasePlusReader.HEADER.size() - 5) {
            return ADDRESSBASE_PLUS;
        }
        return CSV;
    }
}
