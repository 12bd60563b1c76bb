package org.residentindex.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.residentindex.gazetteer.AddressMatch;
import org.residentindex.gazetteer.AddressMatcher;
import org.residentindex.gazetteer.Gazetteer;
import org.residentindex.gazetteer.GazetteerOptions;

/**
 * Address → UPRN throughput on a seeded synthetic gazetteer of {@code properties} properties (about 15 per
 * postcode, 1 in 8 a flat in a converted building, Welsh and English street forms) with free-text queries
 * written the messy ways council data writes them: Welsh or English street, lower case, a missing postcode
 * (5%), a one-letter postcode typo (5%), Road instead of Lane (3%), a floor description for flats. Two threads
 * share one gazetteer and one matcher (as {@code rix gazetteer match} does). A fresh matcher per iteration and
 * 400k distinct queries keep the cache from turning the measurement into a cache benchmark: each query string
 * is seen at most once per iteration unless it is a genuine repeat (a shared address).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar GazetteerMatchBenchmark -t 2}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Threads(2)
public class GazetteerMatchBenchmark {

    private static final String[][] STREETS = {
        {"Road", "Heol"}, {"Street", "Stryd"}, {"Lane", "Lon"}, {"Terrace", "Teras"}, {"Close", "Clos"},
        {"Crescent", "Cilgant"}, {"Avenue", "Rhodfa"}, {"Court", "Llys"}};
    private static final String[] NAMES = {"Bryn", "Eglwys", "Gorsaf", "Afon", "Castell", "Derwen", "Ffynnon",
        "Gelli", "Glan", "Maes", "Nant", "Pant", "Parc", "Pen", "Tref", "Ysgol", "Coed", "Dol", "Llyn", "Mynydd",
        "Aber", "Bedw", "Celyn", "Onnen", "Rhos", "Tawe", "Teifi", "Tywi", "Gwendraeth", "Llwchwr"};
    private static final String[][] TOWNS = {{"Carmarthen", "Caerfyrddin", "SA31"}, {"Ammanford", "Rhydaman", "SA18"},
        {"Llanelli", "Llanelli", "SA15"}, {"Kidwelly", "Cydweli", "SA17"}, {"Whitland", "Hendy-gwyn", "SA34"},
        {"Llandovery", "Llanymddyfri", "SA20"}, {"Burry Port", "Porth Tywyn", "SA16"}, {"Llandeilo", "Llandeilo", "SA19"}};
    private static final String LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    @Param({"100000"})
    int properties;

    Path dir;
    Gazetteer gazetteer;
    AddressMatcher matcher;
    String[] queries;
    String[] postcodes;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("rix-gazetteer-bench");
        List<String[]> rows = writeGazetteer(dir.resolve("gazetteer.csv"), properties, new SplittableRandom(42));
        gazetteer = Gazetteer.open(dir.resolve("gazetteer.csv"), GazetteerOptions.defaults());
        SplittableRandom rnd = new SplittableRandom(7);
        queries = new String[400_000];
        postcodes = new String[queries.length];
        for (int i = 0; i < queries.length; i++) {
            String[] r = rows.get(rnd.nextInt(rows.size()));
            queries[i] = messy(r, rnd);
            postcodes[i] = postcode(r[9], rnd);
        }
    }

    @Setup(Level.Iteration)
    public void freshMatcher() {
        matcher = AddressMatcher.of(gazetteer);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        gazetteer.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Per-thread cursor over the queries (threads start far apart so they do not share cache hits). */
    @State(Scope.Thread)
    public static class Cursor {
        private static final java.util.concurrent.atomic.AtomicInteger THREADS = new java.util.concurrent.atomic.AtomicInteger();
        int next = THREADS.getAndIncrement() * 200_000;
    }

    @Benchmark
    public AddressMatch matchText(Cursor c) {
        int i = c.next++ % queries.length;
        return matcher.match(queries[i], postcodes[i]);
    }

    /** Columns: uprn,parent,sao,num,suffix,name,streetEn,streetCy,town,postcode (plus Welsh town at 10). */
    static List<String[]> writeGazetteer(Path csv, int n, SplittableRandom rnd) throws IOException {
        List<String[]> rows = new ArrayList<>(n);
        long uprn = 100_000_000_000L;
        int streetNo = 0;
        while (rows.size() < n) {
            String[] town = TOWNS[streetNo % TOWNS.length];
            String name = NAMES[rnd.nextInt(NAMES.length)] + (streetNo / NAMES.length > 0
                    ? " " + NAMES[(streetNo / NAMES.length) % NAMES.length] : "");
            String[] desc = STREETS[rnd.nextInt(STREETS.length)];
            String en = name + " " + desc[0];
            String cy = desc[1] + " " + name;
            int houses = 20 + rnd.nextInt(40);
            String pc = null;
            for (int h = 1; h <= houses && rows.size() < n; h++) {
                if (pc == null || rnd.nextInt(15) == 0) {
                    pc = town[2] + " " + (1 + rnd.nextInt(9)) + LETTERS.charAt(rnd.nextInt(LETTERS.length()))
                            + LETTERS.charAt(rnd.nextInt(LETTERS.length()));
                }
                long building = uprn++;
                boolean flats = rnd.nextInt(8) == 0;
                rows.add(new String[] {Long.toString(building), "", "", Integer.toString(h), "",
                    rnd.nextInt(10) == 0 ? "Ty " + NAMES[rnd.nextInt(NAMES.length)] : "", en, cy, town[0],
                    pc, town[1]});
                if (flats) {
                    String[] saos = {"GROUND FLOOR FLAT", "FIRST FLOOR FLAT", "SECOND FLOOR FLAT"};
                    for (String sao : saos) {
                        rows.add(new String[] {Long.toString(uprn++), Long.toString(building), sao,
                            Integer.toString(h), "", "", en, cy, town[0], pc, town[1]});
                    }
                }
            }
            streetNo++;
        }
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("uprn,parent_uprn,usrn,sao_text,sao_start_number,pao_start_number,pao_start_suffix,pao_text,"
                    + "street_descriptor_en,street_descriptor_cy,locality,town_en,town_cy,postcode,classification,x,y\n");
            for (String[] r : rows) {
                w.write(String.join(",", r[0], r[1], "", r[2], "", r[3], r[4], r[5], r[6], r[7], "", r[8], r[10],
                        r[9], r[2].isEmpty() ? "RD04" : "RD06", "0", "0"));
                w.write('\n');
            }
        }
        return rows;
    }

    static String messy(String[] r, SplittableRandom rnd) {
        String street = rnd.nextInt(3) == 0 ? r[7] : r[6];
        if (rnd.nextInt(33) == 0 && street.endsWith("Lane")) {
            street = street.replace("Lane", "Road");
        }
        String town = rnd.nextInt(3) == 0 ? r[10] : r[8];
        StringBuilder b = new StringBuilder();
        if (!r[2].isEmpty()) {
            b.append(r[2].toLowerCase(Locale.ROOT)).append(", ");
        }
        if (!r[5].isEmpty() && rnd.nextBoolean()) {
            b.append(r[5]).append(", ");
        }
        b.append(r[3]).append(' ').append(street).append(", ").append(town);
        String s = b.toString();
        return rnd.nextInt(4) == 0 ? s.toUpperCase(Locale.ROOT) : s;
    }

    static String postcode(String pc, SplittableRandom rnd) {
        int roll = rnd.nextInt(20);
        if (roll == 0) {
            return null;
        }
        if (roll == 1) {
            char[] c = pc.toCharArray();
            c[c.length - 1] = LETTERS.charAt(rnd.nextInt(LETTERS.length()));
            return new String(c);
        }
        return pc;
    }
}
