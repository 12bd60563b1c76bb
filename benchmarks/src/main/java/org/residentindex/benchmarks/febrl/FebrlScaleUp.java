package org.residentindex.benchmarks.febrl;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * FEBRL 4 at {@code factor} times its size, for the scaling target "FEBRL4's records recombined into 50k × 50k
 * synthetic people, so names repeat across different people". Each synthetic person takes each group of fields
 * (given name; surname; address; date of birth; social security id) from a different FEBRL person, chosen by a
 * seeded permutation per copy and group — the A-side record from that donor's original, the B-side record from
 * the donor's duplicate, so FEBRL's own corruption of each field travels with it. Copy 0 is FEBRL 4 itself.
 * Record ids are opaque and rows shuffled (seeded); the truth file is the only place entities appear.
 *
 * <p>FEBRL's {@code rec_id} is read here only to pair originals with duplicates when building the benchmark; the
 * linker never sees it as evidence.
 */
public final class FebrlScaleUp {

    /** Field groups recombined independently, by FEBRL column name. */
    static final List<List<String>> GROUPS = List.of(
            List.of("given_name"),
            List.of("surname"),
            List.of("street_number", "address_1", "address_2", "suburb", "postcode", "state"),
            List.of("date_of_birth"),
            List.of("soc_sec_id"));

    private static final CSVFormat IN = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).get();

    private FebrlScaleUp() {
    }

    /** What was written. */
    public record Written(Path left, Path right, Path truth, int entities) {
    }

    /**
     * Usage: {@code FebrlScaleUp FEBRL_DIR OUT_DIR FACTOR [SEED] [unique-ids]}. With {@code unique-ids}, each copy
     * prefixes the social security ids it borrows with its copy number, so an id stays one person's (as real ids
     * are) while names, addresses and birth dates repeat across people; without it, ten people share each id.
     */
    public static void main(String[] args) {
        Written w = write(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]),
                args.length > 3 ? Long.parseLong(args[3]) : 1L, args.length > 4 && "unique-ids".equals(args[4]));
        System.out.printf(Locale.ROOT, "%d entities: %s %s %s%n", w.entities(), w.left(), w.right(), w.truth());
    }

    /** Writes {@code dataset4a_xF.csv}, {@code dataset4b_xF.csv} and {@code dataset4_xF-truth.csv} into {@code out}. */
    public static Written write(Path febrlDir, Path out, int factor, long seed) {
        return write(febrlDir, out, factor, seed, false);
    }

    /** As {@link #write(Path, Path, int, long)}; {@code uniqueIds} keeps each social security id one person's. */
    public static Written write(Path febrlDir, Path out, int factor, long seed, boolean uniqueIds) {
        if (factor < 1) {
            throw new IllegalArgumentException("factor must be at least 1");
        }
        Map<String, Map<String, String>> originals = read(febrlDir.resolve("dataset4a.csv"));
        Map<String, Map<String, String>> duplicates = read(febrlDir.resolve("dataset4b.csv"));
        List<String> entities = new ArrayList<>(originals.keySet());
        entities.retainAll(duplicates.keySet());
        entities.sort(null);
        List<String> columns = new ArrayList<>(originals.values().iterator().next().keySet());
        int n = entities.size();
        SplittableRandom random = new SplittableRandom(seed);

        List<String[]> left = new ArrayList<>(n * factor);
        List<String[]> right = new ArrayList<>(n * factor);
        for (int copy = 0; copy < factor; copy++) {
            int[][] donors = new int[GROUPS.size()][];
            for (int g = 0; g < GROUPS.size(); g++) {
                donors[g] = copy == 0 ? identity(n) : permutation(n, random);
            }
            for (int i = 0; i < n; i++) {
                String entity = "e" + (copy * n + i);
                String idPrefix = uniqueIds && copy > 0 ? Integer.toString(copy) : "";
                left.add(person(entity, columns, originals, entities, donors, i, idPrefix));
                right.add(person(entity, columns, duplicates, entities, donors, i, idPrefix));
            }
        }
        try {
            Files.createDirectories(out);
            String suffix = "_x" + factor;
            Path l = out.resolve("dataset4a" + suffix + ".csv");
            Path r = out.resolve("dataset4b" + suffix + ".csv");
            Path t = out.resolve("dataset4" + suffix + "-truth.csv");
            try (CSVPrinter truth = new CSVPrinter(Files.newBufferedWriter(t, StandardCharsets.UTF_8),
                    CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
                truth.printRecord("source", "record_id", "entity_id");
                writeSide(l, "a", columns, left, random, truth);
                writeSide(r, "b", columns, right, random, truth);
            }
            return new Written(l, r, t, n * factor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Row: entity id first (dropped on write), then the columns after rec_id, each group from its donor. */
    private static String[] person(String entity, List<String> columns, Map<String, Map<String, String>> side,
            List<String> entities, int[][] donors, int i, String idPrefix) {
        String[] row = new String[columns.size()];
        row[0] = entity;
        for (int g = 0; g < GROUPS.size(); g++) {
            Map<String, String> donor = side.get(entities.get(donors[g][i]));
            for (String column : GROUPS.get(g)) {
                row[columns.indexOf(column)] = donor.get(column);
            }
        }
        int id = columns.indexOf("soc_sec_id");
        if (!idPrefix.isEmpty() && !row[id].isEmpty()) {
            row[id] = idPrefix + row[id];
        }
        return row;
    }

    private static void writeSide(Path file, String side, List<String> columns, List<String[]> rows,
            SplittableRandom random, CSVPrinter truth) throws IOException {
        int[] order = permutation(rows.size(), random);
        String source = file.getFileName().toString().replace(".csv", "");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord(columns);
            for (int k = 0; k < order.length; k++) {
                String[] row = rows.get(order[k]).clone();
                String entity = row[0];
                row[0] = String.format(Locale.ROOT, "%s%07d", side, k);
                csv.printRecord((Object[]) row);
                truth.printRecord(source, row[0], entity);
            }
        }
    }

    private static Map<String, Map<String, String>> read(Path file) {
        Map<String, Map<String, String>> byEntity = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : IN.parse(in)) {
                Map<String, String> row = new LinkedHashMap<>(r.toMap());
                // rec-123-org / rec-123-dup-0: the entity number pairs an original with its duplicate
                byEntity.putIfAbsent(row.get("rec_id").split("-")[1], row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byEntity;
    }

    private static int[] identity(int n) {
        int[] p = new int[n];
        Arrays.setAll(p, i -> i);
        return p;
    }

    private static int[] permutation(int n, SplittableRandom random) {
        int[] p = identity(n);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
