package org.residentindex.pprl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.residentindex.ResidentIndexException;
import org.residentindex.cluster.RecordKey;

/**
 * The records of every {@code .clk} file of a linkage run, by ordinal (files in the order given, records in file
 * order): source, id, stored filter and the population count of each segment and of the whole filter. All files
 * must share one schema fingerprint and one key check — else they were made with different schemas or secrets and
 * cannot be compared. Read-only after loading.
 */
public final class EncodedRecords {

    private final List<String> sourceNames = new ArrayList<>();
    private final Map<String, Long> sourceSizes = new LinkedHashMap<>();
    private final List<Schema.Segment> segments;
    private final int words;
    private final int[] segmentWord;
    private final int[] segmentWords;
    private final int size;
    private final int[] source;
    private final String[] ids;
    private final long[] filters;
    private final int[] counts;
    private final int[] totals;

    private EncodedRecords(List<ClkFile.Contents> files) {
        ClkFile.Header first = files.get(0).header();
        segments = first.segments();
        words = first.bits() / 64;
        segmentWord = new int[segments.size()];
        segmentWords = new int[segments.size()];
        for (int s = 0, w = 0; s < segments.size(); s++) {
            segmentWord[s] = w;
            segmentWords[s] = segments.get(s).bits() / 64;
            w += segmentWords[s];
        }
        int n = 0;
        for (ClkFile.Contents c : files) {
            n += c.size();
        }
        size = n;
        source = new int[n];
        ids = new String[n];
        filters = new long[(long) n * words > Integer.MAX_VALUE ? -1 : n * words];
        counts = new int[n * segments.size()];
        totals = new int[n];
        int at = 0;
        for (ClkFile.Contents c : files) {
            int s = sourceNames.size();
            sourceNames.add(c.header().source());
            sourceSizes.put(c.header().source(), (long) c.size());
            System.arraycopy(c.filters(), 0, filters, at * words, c.size() * words);
            for (int i = 0; i < c.size(); i++) {
                source[at + i] = s;
                ids[at + i] = c.ids().get(i);
            }
            at += c.size();
        }
        for (int i = 0; i < n; i++) {
            int t = 0;
            for (int s = 0; s < segments.size(); s++) {
                int c = Dice.cardinality(filters, i * words + segmentWord[s], segmentWords[s]);
                counts[i * segments.size() + s] = c;
                t += c;
            }
            totals[i] = t;
        }
    }

    /** Reads and checks the files. */
    public static EncodedRecords load(List<Path> files) {
        if (files.isEmpty()) {
            throw new ResidentIndexException("No encoded files to link: give one or more .clk files");
        }
        List<ClkFile.Contents> contents = new ArrayList<>();
        for (Path f : files) {
            contents.add(ClkFile.read(f));
        }
        return of(contents, files);
    }

    /** Checks and combines files already read ({@code names} for messages). */
    static EncodedRecords of(List<ClkFile.Contents> contents, List<Path> names) {
        ClkFile.Header first = contents.get(0).header();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            ClkFile.Header h = contents.get(i).header();
            if (!h.schemaFingerprint().equals(first.schemaFingerprint()) || !h.segments().equals(first.segments())) {
                throw new ResidentIndexException("Encoded files " + names.get(0) + " and " + names.get(i)
                        + " were made with different schemas: both partners must encode with the same schema.json");
            }
            if (!h.keyCheck().equals(first.keyCheck())) {
                throw new ResidentIndexException("Encoded files " + names.get(0) + " and " + names.get(i)
                        + " were made with different secrets: both partners must encode with the same key");
            }
            if (seen.contains(h.source())) {
                throw new ResidentIndexException("Two encoded files are from source '" + h.source() + "' ("
                        + names.get(i) + "); encode each source once, from files with distinct names");
            }
            seen.add(h.source());
        }
        return new EncodedRecords(contents);
    }

    public int size() {
        return size;
    }

    /** Longs per filter. */
    public int words() {
        return words;
    }

    /** The packed filters ({@link #words()} per record; read only). */
    long[] filters() {
        return filters;
    }

    public List<Schema.Segment> segments() {
        return segments;
    }

    int segmentWord(int s) {
        return segmentWord[s];
    }

    int segmentWords(int s) {
        return segmentWords[s];
    }

    /** Set bits of segment {@code s} of record {@code i}; 0 means the field is missing. */
    int count(int i, int s) {
        return counts[i * segments.size() + s];
    }

    /** Share of records whose segment {@code s} is not empty. */
    double filledShare(int s) {
        long filled = 0;
        for (int i = 0; i < size; i++) {
            if (count(i, s) > 0) {
                filled++;
            }
        }
        return size == 0 ? 0.0 : (double) filled / size;
    }

    /** Distinct non-empty encodings of segment {@code s} (by a 64-bit hash of its words; collisions negligible). */
    int distinct(int s) {
        java.util.HashSet<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < size; i++) {
            if (count(i, s) == 0) {
                continue;
            }
            long h = 0x9E3779B97F4A7C15L;
            int from = i * words + segmentWord[s];
            for (int w = 0; w < segmentWords[s]; w++) {
                h = (h ^ filters[from + w]) * 0xBF58476D1CE4E5B9L;
                h ^= h >>> 31;
            }
            seen.add(h);
        }
        return seen.size();
    }

    /** Set bits of record {@code i}'s filter. */
    int total(int i) {
        return totals[i];
    }

    /** Source index of a record. */
    public int sourceOf(int i) {
        return source[i];
    }

    public String source(int i) {
        return sourceNames.get(source[i]);
    }

    public String id(int i) {
        return ids[i];
    }

    public RecordKey key(int i) {
        return new RecordKey(source(i), ids[i]);
    }

    /** Source names in file order. */
    public List<String> sourceNames() {
        return List.copyOf(sourceNames);
    }

    /** Records per source, in file order. */
    public Map<String, Long> sourceSizes() {
        return new LinkedHashMap<>(sourceSizes);
    }

    /** Dice of two records' whole filters. */
    double dice(int a, int b) {
        int t = totals[a] + totals[b];
        return t == 0 ? 0.0 : 2.0 * Dice.common(filters, a * words, filters, b * words, words) / t;
    }

    /** Dice of one segment of two records; NaN when the field is missing on either side. */
    double dice(int a, int b, int s) {
        int ca = count(a, s);
        int cb = count(b, s);
        if (ca == 0 || cb == 0) {
            return Double.NaN;
        }
        return 2.0 * Dice.common(filters, a * words + segmentWord[s], filters, b * words + segmentWord[s],
                segmentWords[s]) / (ca + cb);
    }
}
