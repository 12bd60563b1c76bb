package org.residentindex.live;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.residentindex.ResidentIndexException;
import org.residentindex.cluster.EntityFile;
import org.residentindex.cluster.RecordKey;
import org.residentindex.report.Masker;
import org.residentindex.report.RunManifest;

/**
 * {@code residents.csv}: one golden record per resident of a link run ({@link Survivorship#defaults()}), with the
 * provenance of each field ({@code <field>_from} = {@code source:record_id}). Masked by default as reports are
 * (names as initials by {@link Masker}, year of birth, postcode district, address reduced to the postcode district;
 * NI number, email, phone and UPRN withheld); in full only when asked. Rows sorted by resident id.
 */
public final class ResidentsFile {

    /** The file name in a run folder. */
    public static final String FILE = "residents.csv";

    private ResidentsFile() {
    }

    /** Writes {@code residents.csv} into the run folder {@code run}; returns the number of residents. */
    public static int write(Path run, boolean showPersonalData) {
        RunManifest manifest = RunManifest.read(run);
        Map<RecordKey, String> entities = EntityFile.read(run.resolve("entities.csv"));
        Instant asOf = manifest.started() == null ? Instant.EPOCH : Instant.parse(manifest.started());
        Map<String, List<LiveRecord>> byResident = new HashMap<>();
        LiveBuild.read(manifest, manifest.gazetteer() == null ? null : Path.of(manifest.gazetteer()),
                (raws, prepared) -> {
                    for (int i = 0; i < raws.size(); i++) {
                        RecordKey key = new RecordKey(raws.get(i).source(), raws.get(i).recordId());
                        String id = entities.get(key);
                        if (id != null) {
                            byResident.computeIfAbsent(id, x -> new ArrayList<>()).add(new LiveRecord(key, id,
                                    Display.of(raws.get(i), prepared.get(i)), asOf));
                        }
                    }
                });
        Survivorship rules = Survivorship.defaults();
        Masker masker = showPersonalData ? Masker.showing() : Masker.masking();
        List<String> header = new ArrayList<>(List.of("resident_id", "records", "sources"));
        for (String f : GoldenRecord.FIELDS) {
            header.add(f);
            header.add(f + "_from");
        }
        Path file = run.resolve(FILE);
        // written beside the committed run and moved into place whole, so a crash never leaves half a file
        Path partial = run.resolve(FILE + ".partial");
        try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            out.printRecord(header);
            for (Map.Entry<String, List<LiveRecord>> e : new TreeMap<>(byResident).entrySet()) {
                GoldenRecord g = rules.golden(e.getKey(), e.getValue());
                List<String> row = new ArrayList<>(List.of(e.getKey(), Integer.toString(e.getValue().size()),
                        String.join(";", new TreeSet<>(e.getValue().stream().map(LiveRecord::source).toList()))));
                for (String f : GoldenRecord.FIELDS) {
                    GoldenRecord.Value v = g.fields().get(f);
                    row.add(v == null ? "" : mask(f, v.value(), g, masker));
                    row.add(v == null ? "" : v.source() + ":" + v.recordId());
                }
                out.printRecord(row);
            }
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot write " + file + ": " + e.getClass().getSimpleName(), e);
        }
        try {
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot write " + file + ": " + e.getClass().getSimpleName(), e);
        }
        return byResident.size();
    }

    private static String mask(String field, String value, GoldenRecord g, Masker masker) {
        if (!masker.isMasking()) {
            return value;
        }
        return switch (field) {
            case "given_name" -> initial(value);
            case "surname" -> initial(value);
            case "middle_names" -> initial(value);
            case "date_of_birth" -> value.length() >= 4 ? value.substring(0, 4) : "";
            case "sex" -> value;
            case "postcode", "address" -> district(g.value("postcode"));
            default -> "";
        };
    }

    private static String initial(String name) {
        String m = Masker.masking().name(name, null);
        return m == null ? "" : m.trim();
    }

    private static String district(String postcode) {
        if (postcode == null) {
            return "";
        }
        int space = postcode.indexOf(' ');
        return space > 0 ? postcode.substring(0, space) : "";
    }
}
