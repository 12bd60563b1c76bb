package org.residentindex.gazetteer;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.residentindex.ResidentIndexException;
import org.residentindex.gazetteer.lucene.GazetteerIndex;
import org.residentindex.gazetteer.lucene.IndexedAddress;
import org.residentindex.gazetteer.lucene.SearchTerms;

/**
 * A loaded property gazetteer. In memory: the addresses in file order (their ordinals; a UPRN may have
 * several: Welsh, alternative, historic), their comparison parts, ordinals grouped by postcode and a UPRN →
 * primary-address ordinal map. On disk: a Lucene index for retrieval when the
 * postcode does not help. Immutable after loading and safe to share between threads; close it to release the
 * index.
 */
public final class Gazetteer implements Closeable {

    private static final int[] NO_ORDINALS = new int[0];

    private final List<GazetteerProperty> properties;
    private final AddressParts[] parts;
    private final Map<String, int[]> byPostcode;
    private final Map<Long, Integer> byUprn;
    private final Map<String, int[]> byStreetName;
    private final int[] childCount;
    private final int distinct;
    private final GazetteerIndex index;
    private final AddressTextParser parser;

    /**
     * Builds the in-memory tables from {@code parsed} (the properties' parts) while {@code index} is opened or
     * built on another thread, then waits for it.
     */
    private Gazetteer(List<GazetteerProperty> properties, AddressParts[] parsed, CompletableFuture<GazetteerIndex> index,
            AddressTextParser parser) {
        this.properties = Collections.unmodifiableList(properties);
        this.parser = parser;
        this.parts = new AddressParts[parsed.length];
        this.byUprn = new HashMap<>(properties.size() * 2);
        Map<String, List<Integer>> groups = new HashMap<>();
        Map<String, String> pool = new HashMap<>();
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parsed[i].interned(pool);
            // the first address of a UPRN is its primary one (the readers put it first)
            byUprn.putIfAbsent(properties.get(i).uprn(), i);
            if (parts[i].postcode() != null) {
                groups.computeIfAbsent(parts[i].postcode(), k -> new ArrayList<>()).add(i);
            }
        }
        this.byPostcode = new HashMap<>(groups.size() * 2);
        groups.forEach((k, v) -> byPostcode.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        Map<String, List<Integer>> streets = new HashMap<>();
        for (int i = 0; i < parts.length; i++) {
            for (String name : new String[] {parts[i].streetName(), parts[i].streetAltName()}) {
                if (name != null) {
                    List<Integer> l = streets.computeIfAbsent(name, k -> new ArrayList<>());
                    if (l.isEmpty() || l.get(l.size() - 1) != i) {
                        l.add(i);
                    }
                }
            }
        }
        this.byStreetName = new HashMap<>(streets.size() * 2);
        streets.forEach((k, v) -> byStreetName.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        // children are counted once per child UPRN (not per address of it) and credited to every address of
        // the parent, so a building's Welsh or historic address knows its flats too
        Map<Long, Integer> children = new HashMap<>();
        for (int i = 0; i < parts.length; i++) {
            GazetteerProperty p = properties.get(i);
            if (p.hasParent() && byUprn.get(p.uprn()) == i) {
                children.merge(p.parentUprn(), 1, Integer::sum);
            }
        }
        this.childCount = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            childCount[i] = children.getOrDefault(properties.get(i).uprn(), 0);
        }
        this.distinct = byUprn.size();
        this.index = join(index);
    }

    private static GazetteerIndex join(CompletableFuture<GazetteerIndex> index) {
        try {
            return index.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new ResidentIndexException("cannot build or open the gazetteer index: " + e.getCause(), e);
        }
    }

    /**
     * Where the index of {@code csv} lives by default: {@code <file>.rix-index/} beside it when that folder exists or
     * the gazetteer's folder is writable; otherwise (a read-only data folder) under the system temporary folder,
     * named by a hash of the file's absolute path, so runs still reuse it.
     */
    static Path defaultIndexDir(Path csv) {
        Path beside = csv.resolveSibling(csv.getFileName() + ".rix-index");
        Path folder = csv.toAbsolutePath().getParent();
        if (java.nio.file.Files.isDirectory(beside) ? java.nio.file.Files.isWritable(beside)
                : folder != null && java.nio.file.Files.isWritable(folder)) {
            return beside;
        }
        String id = Integer.toHexString(csv.toAbsolutePath().normalize().toString().hashCode());
        return Path.of(System.getProperty("java.io.tmpdir"), "rix-gazetteer-index", csv.getFileName() + "-" + id);
    }

    /**
     * Loads {@code csv} and opens its index, building the index when the file changed since the last build.
     *
     * @throws ResidentIndexException when the file cannot be read or its columns cannot be mapped
     */
    public static Gazetteer open(Path csv, GazetteerOptions options) {
        List<GazetteerProperty> props = GazetteerReader.read(csv, options);
        Path dir = options.indexDir() != null ? options.indexDir() : defaultIndexDir(csv);
        // each property's parts are worked out once (on all cores: they depend on the property alone), for the
        // index build and the in-memory tables
        AddressParts[] parts = new AddressParts[props.size()];
        IntStream.range(0, parts.length).parallel().forEach(i -> parts[i] = AddressParts.of(props.get(i)));
        String key = cacheKey(csv, options);
        // the index is opened (or built: the slow part, single-threaded in Lucene) beside the in-memory tables
        CompletableFuture<GazetteerIndex> index = CompletableFuture.supplyAsync(
                () -> GazetteerIndex.openOrBuild(dir, key, props.size(), i -> indexed(props.get(i), parts[i])),
                task -> {
                    Thread t = new Thread(task, "rix-gazetteer-index");
                    t.setDaemon(true);
                    t.start();
                });
        try {
            return new Gazetteer(props, parts, index, options.parser());
        } catch (RuntimeException e) {
            index.thenAccept(GazetteerIndex::close);
            throw e;
        }
    }

    /** Size, modification time and a hash of header and mapping: a changed file gets a fresh index. */
    static String cacheKey(Path csv, GazetteerOptions options) {
        try {
            return "v2|" + options.format().key() + "|" + Files.size(csv) + "|" + Files.getLastModifiedTime(csv).toMillis() + "|"
                    + Integer.toHexString(firstLine(csv).hashCode()) + "|"
                    + Integer.toHexString(new LinkedHashMap<>(options.mapping()).toString().hashCode());
        } catch (IOException e) {
            throw new ResidentIndexException("cannot read gazetteer " + csv + ": " + e.getMessage(), e);
        }
    }

    /** The first line of {@code csv} as text (a header, or a DTF header record). */
    private static String firstLine(Path csv) throws IOException {
        try (java.io.BufferedReader r = Files.newBufferedReader(csv, java.nio.charset.StandardCharsets.UTF_8)) {
            String line = r.readLine();
            return line == null ? "" : line;
        }
    }

    private static IndexedAddress indexed(GazetteerProperty p, AddressParts a) {
        String name = String.join(" ", java.util.stream.Stream.of(a.name(), a.org(), a.flatText())
                .filter(java.util.Objects::nonNull).toList());
        return new IndexedAddress(a.street(), a.streetAlt(), a.number(), name.isEmpty() ? null : name,
                Text.fold(p.townEn()),
                Text.fold(p.townCy()), a.locality(), a.postcode());
    }

    /** Number of properties (distinct UPRNs). */
    public int size() {
        return distinct;
    }

    /** Number of addresses (a property may have Welsh, alternative and historic addresses besides its own). */
    public int addresses() {
        return properties.size();
    }

    /** True when opening this gazetteer (re)built its index rather than reusing it. */
    public boolean indexWasBuilt() {
        return index.wasBuilt();
    }

    /** The property with {@code uprn} (its primary address), or null when the UPRN is not in the gazetteer. */
    public GazetteerProperty byUprn(long uprn) {
        Integer i = byUprn.get(uprn);
        return i == null ? null : properties.get(i);
    }

    /** The parser for single-line addresses this gazetteer was opened with. */
    public AddressTextParser parser() {
        return parser;
    }

    GazetteerProperty property(int ordinal) {
        return properties.get(ordinal);
    }

    AddressParts parts(int ordinal) {
        return parts[ordinal];
    }

    int children(int ordinal) {
        return childCount[ordinal];
    }

    int ordinalOf(long uprn) {
        Integer i = byUprn.get(uprn);
        return i == null ? -1 : i;
    }

    /** Ordinals of the properties with this postcode key (no spaces, upper case); empty when unknown. */
    int[] inPostcode(String postcodeKey) {
        return postcodeKey == null ? NO_ORDINALS : byPostcode.getOrDefault(postcodeKey, NO_ORDINALS);
    }

    /** Ordinals of the properties whose street name (either language, descriptor removed) is {@code name}. */
    int[] onStreetNamed(String name) {
        return name == null ? NO_ORDINALS : byStreetName.getOrDefault(name, NO_ORDINALS);
    }

    /** Lucene retrieval; {@code fuzzy} adds one-edit street terms (slower; for a second pass). */
    int[] search(AddressParts q, int k, boolean fuzzy) {
        String name = q.name() == null ? q.flatText() : q.name();
        // The street's name words only: descriptors (road, heol, street …) are in a third of all documents and
        // would make every search walk their postings for no discrimination.
        String street = q.streetName() != null ? q.streetName() : q.street();
        return index.search(new SearchTerms(street, q.number(), name,
                q.townKey() != null ? q.townKey() : q.locality(), q.postcode()), k, fuzzy);
    }

    @Override
    public void close() {
        index.close();
    }
}
