package org.residentindex.insight;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.residentindex.ResidentIndexException;

/**
 * An exact-key index of a gazetteer CSV ({@code uprn, sao_text, sao_start_number, pao_start_number,
 * pao_start_suffix, pao_text, postcode} columns, as in an LLPG/AddressBase extract): postcode + flat + house
 * number or name → UPRN. A key shared by two UPRNs is ambiguous and matches nothing. This is the fallback
 * used while no fuzzy {@code AddressMatcher} is wired in; it finds only addresses written exactly as the
 * gazetteer has them (case, accents and punctuation aside). Immutable after loading; thread-safe.
 */
public final class GazetteerIndex {

    private static final long AMBIGUOUS = -1L;
    private final Map<String, Long> byKey;

    private GazetteerIndex(Map<String, Long> byKey) {
        this.byKey = byKey;
    }

    /** Loads {@code file}; a missing file or a missing {@code uprn}/{@code postcode} column is an error. */
    public static GazetteerIndex load(Path file) {
        Map<String, Long> keys = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (!header.containsKey("uprn") || !header.containsKey("postcode")) {
                throw new ResidentIndexException(file + ": gazetteer needs 'uprn' and 'postcode' columns");
            }
            for (CSVRecord row : parser) {
                add(keys, row, header, file);
            }
        } catch (IOException e) {
            throw new ResidentIndexException("cannot read gazetteer " + file + ": " + e.getMessage(), e);
        }
        return new GazetteerIndex(keys);
    }

    private static void add(Map<String, Long> keys, CSVRecord row, Map<String, Integer> header, Path file) {
        long uprn;
        try {
            uprn = Long.parseLong(get(row, header, "uprn"));
        } catch (NumberFormatException e) {
            throw new ResidentIndexException(file + ": line " + (row.getRecordNumber() + 1)
                    + ", column uprn: expected a number");
        }
        String postcode = get(row, header, "postcode").toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        String flat = firstNonBlank(get(row, header, "sao_start_number"), get(row, header, "sao_text"));
        String within = AddressKey.withinPostcode(flat, get(row, header, "pao_start_number"),
                get(row, header, "pao_start_suffix"), get(row, header, "pao_text"));
        if (postcode.length() < 5 || within == null) {
            return;
        }
        String key = unit(postcode) + "|" + within;
        keys.merge(key, uprn, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
    }

    private static String unit(String compact) {
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    private static String get(CSVRecord row, Map<String, Integer> header, String column) {
        Integer i = header.get(column);
        return i == null || i >= row.size() ? "" : row.get(i).trim();
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    /** The UPRN of an exact address key ({@code POSTCODE|flat|house}), when exactly one property has it. */
    public Optional<Long> find(String addressKey) {
        Long u = addressKey == null ? null : byKey.get(addressKey);
        return u == null || u == AMBIGUOUS ? Optional.empty() : Optional.of(u);
    }

    /** Number of distinct keys indexed. */
    public int size() {
        return byKey.size();
    }
}
