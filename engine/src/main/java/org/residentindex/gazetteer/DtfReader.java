package org.residentindex.gazetteer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.residentindex.ResidentIndexException;

/**
 * Reads an NLPG Data Transfer Format 7.3 file: one CSV without a header, the first column the record
 * identifier. Used: 15 street descriptor (per USRN and LANGUAGE), 21 BLPU (logical status, class, parent UPRN,
 * coordinates), 24 LPI (the addresses). 10 header, 11 street, 99 trailer and other record types are skipped;
 * records with change type {@code D} (deleted) are skipped. Columns are found by name in the DTF 7.3 layout
 * ({@link DtfLayout}); a record with fewer columns than the layout needs is an error naming file and line.
 *
 * <p>Each UPRN becomes one entry per LPI, its approved English LPI first (else its first approved, else its
 * first): a Welsh LPI, an alternative and a historic address are further entries of the same UPRN, each with
 * its status and language, so any of them finds the property.
 */
final class DtfReader {

    private DtfReader() {
    }

    private record Descriptor(String street, String locality, String town) {
    }

    private record Blpu(LpiStatus status, long parent, String classification, double x, double y) {
    }

    private record Lpi(long uprn, String language, LpiStatus status, String saoNumber, String saoText,
            String paoNumber, String paoSuffix, String paoEnd, String paoText, String usrn, String postcode,
            String postTown) {
    }

    static List<GazetteerProperty> read(Path file) {
        Map<String, Map<String, Descriptor>> streets = new HashMap<>();
        Map<Long, Blpu> blpus = new HashMap<>();
        Map<Long, List<Lpi>> lpis = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.DEFAULT.builder().setTrim(true).get().parse(r)) {
            for (CSVRecord rec : p) {
                String type = rec.get(0).replace("\uFEFF", "").trim();
                DtfLayout.Row row = DtfLayout.row(type, rec, file);
                if (row == null || "D".equalsIgnoreCase(row.get("CHANGE_TYPE"))) {
                    continue;
                }
                switch (type) {
                    case "15" -> streets.computeIfAbsent(row.get("USRN"), k -> new HashMap<>()).putIfAbsent(
                            language(row.get("LANGUAGE")), new Descriptor(row.get("STREET_DESCRIPTOR"),
                                    row.get("LOCALITY_NAME"), row.get("TOWN_NAME")));
                    case "21" -> {
                        long uprn = row.uprn("UPRN", true);
                        blpus.put(uprn, new Blpu(row.status("LOGICAL_STATUS"), row.uprn("PARENT_UPRN", false),
                                row.get("BLPU_CLASS"), row.number("X_COORDINATE"), row.number("Y_COORDINATE")));
                        lpis.computeIfAbsent(uprn, k -> new ArrayList<>());
                    }
                    case "24" -> {
                        long uprn = row.uprn("UPRN", true);
                        lpis.computeIfAbsent(uprn, k -> new ArrayList<>()).add(new Lpi(uprn,
                                language(row.get("LANGUAGE")), row.status("LOGICAL_STATUS"),
                                join(row.get("SAO_START_NUMBER"), row.get("SAO_START_SUFFIX")),
                                saoText(row), row.get("PAO_START_NUMBER"), row.get("PAO_START_SUFFIX"),
                                join(row.get("PAO_END_NUMBER"), row.get("PAO_END_SUFFIX")), row.get("PAO_TEXT"),
                                row.get("USRN"), row.get("POSTCODE"), row.get("POST_TOWN")));
                    }
                    default -> {
                        // other record types carry nothing the matcher uses
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ResidentIndexException("cannot read gazetteer " + file + ": " + e.getMessage(), e);
        }
        List<GazetteerProperty> out = new ArrayList<>();
        lpis.forEach((uprn, list) -> {
            Blpu b = blpus.getOrDefault(uprn, new Blpu(LpiStatus.APPROVED, 0, null, Double.NaN, Double.NaN));
            for (Lpi l : primaryFirst(list)) {
                out.add(property(l, b, streets.getOrDefault(l.usrn(), Map.of())));
            }
        });
        return out;
    }

    /** SAO text, with an SAO end number kept in it ("FLATS 1-3"): the range is part of what is written. */
    private static String saoText(DtfLayout.Row row) {
        String text = row.get("SAO_TEXT");
        String end = join(row.get("SAO_END_NUMBER"), row.get("SAO_END_SUFFIX"));
        if (end == null) {
            return text;
        }
        String range = join(row.get("SAO_START_NUMBER"), row.get("SAO_START_SUFFIX")) + "-" + end;
        return text == null ? range : text + " " + range;
    }

    private static List<Lpi> primaryFirst(List<Lpi> list) {
        List<Lpi> sorted = new ArrayList<>(list);
        sorted.sort(java.util.Comparator.comparingInt(DtfReader::rank));
        return sorted;
    }

    private static int rank(Lpi l) {
        boolean approved = l.status() == LpiStatus.APPROVED;
        boolean english = !"CYM".equals(l.language());
        return approved && english ? 0 : approved ? 1 : l.status() == LpiStatus.HISTORIC ? 3 : 2;
    }

    private static GazetteerProperty property(Lpi l, Blpu b, Map<String, Descriptor> byLanguage) {
        Descriptor own = byLanguage.get(l.language());
        String other = "CYM".equals(l.language()) ? "ENG" : "CYM";
        Descriptor alt = byLanguage.get(other);
        if (own == null) {
            own = alt != null ? alt : byLanguage.values().stream().findFirst().orElse(new Descriptor(null, null, null));
            alt = null;
        }
        String town = own.town() != null ? own.town() : l.postTown();
        return new GazetteerProperty(l.uprn(), b.parent(), l.usrn(), l.saoText(), l.saoNumber(), l.paoNumber(),
                l.paoSuffix(), l.paoText(), own.street(), alt == null ? null : alt.street(), own.locality(), town,
                alt == null ? null : alt.town(), l.postcode(), b.classification(), l.paoEnd(), null, b.x(), b.y(),
                l.status() == LpiStatus.APPROVED && b.status() == LpiStatus.HISTORIC ? LpiStatus.HISTORIC
                        : l.status(), l.language());
    }

    private static String language(String s) {
        return s == null ? "ENG" : s.trim().toUpperCase(Locale.ROOT);
    }

    private static String join(String number, String suffix) {
        return number == null ? null : suffix == null ? number : number + suffix;
    }
}
