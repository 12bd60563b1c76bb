package org.residentindex.gazetteer.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.residentindex.ResidentIndexException;

/**
 * The on-disk candidate index of a gazetteer ({@link MMapDirectory}). Built once per gazetteer file and
 * reused while the file's cache key (size, mtime, header and mapping) is unchanged; a {@code rix-index.key}
 * file in the directory records the key of the last complete build. Thread-safe for searching.
 */
public final class GazetteerIndex implements Closeable {

    private static final String KEY_FILE = "rix-index.key";
    private static final String ORD = "ord";

    private final MMapDirectory dir;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QueryBuilder queries = new QueryBuilder(AddressAnalyzer.withSynonyms());
    private final boolean built;

    private GazetteerIndex(MMapDirectory dir, boolean built) throws IOException {
        this.dir = dir;
        this.reader = DirectoryReader.open(dir);
        this.searcher = new IndexSearcher(reader);
        this.built = built;
    }

    /**
     * Opens the index in {@code path} when its key equals {@code key}, otherwise (re)builds it from
     * {@code count} addresses given by ordinal.
     */
    public static GazetteerIndex openOrBuild(Path path, String key, int count, IntFunction<IndexedAddress> docs) {
        try {
            Files.createDirectories(path);
            Path keyFile = path.resolve(KEY_FILE);
            MMapDirectory dir = new MMapDirectory(path);
            boolean fresh = Files.exists(keyFile)
                    && Files.readString(keyFile, StandardCharsets.UTF_8).equals(key)
                    && DirectoryReader.indexExists(dir);
            if (!fresh) {
                Files.deleteIfExists(keyFile);
                build(dir, count, docs);
                Files.writeString(keyFile, key, StandardCharsets.UTF_8);
            }
            return new GazetteerIndex(dir, !fresh);
        } catch (IOException e) {
            throw new ResidentIndexException("cannot build or open the gazetteer index in " + path + ": "
                    + e.getMessage(), e);
        }
    }

    private static void build(MMapDirectory dir, int count, IntFunction<IndexedAddress> docs) throws IOException {
        IndexWriterConfig cfg = new IndexWriterConfig(AddressAnalyzer.plain())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64);
        try (IndexWriter w = new IndexWriter(dir, cfg)) {
            for (int i = 0; i < count; i++) {
                w.addDocument(document(i, docs.apply(i)));
            }
            w.forceMerge(1);
        }
    }

    private static Document document(int ordinal, IndexedAddress a) {
        Document d = new Document();
        d.add(new StoredField(ORD, ordinal));
        text(d, "street", a.street());
        text(d, "street", a.streetAlt());
        text(d, "name", a.name());
        text(d, "town", a.town());
        text(d, "town", a.townAlt());
        text(d, "town", a.locality());
        if (a.number() != null) {
            d.add(new StringField("num", a.number(), Field.Store.NO));
        }
        if (a.postcode() != null && a.postcode().length() >= 5) {
            d.add(new StringField("pc", a.postcode(), Field.Store.NO));
            d.add(new StringField("pcd", a.postcode().substring(0, a.postcode().length() - 3), Field.Store.NO));
        }
        return d;
    }

    private static void text(Document d, String field, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new TextField(field, value, Field.Store.NO));
        }
    }

    /** True when this open had to (re)build the index. */
    public boolean wasBuilt() {
        return built;
    }

    /** Number of indexed properties. */
    public int size() {
        return reader.numDocs();
    }

    /**
     * Ordinals of up to {@code k} best candidates for {@code terms}, best first. With {@code fuzzy}, street words
     * of 5+ letters also match with one edit (several times slower: use it as a second pass).
     */
    public int[] search(SearchTerms terms, int k, boolean fuzzy) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        add(q, text("street", terms.street()), 3f);
        if (fuzzy) {
            fuzzyStreet(q, terms.street());
        }
        add(q, text("name", terms.name()), 2f);
        add(q, text("town", terms.town()), 0.5f);
        if (terms.number() != null) {
            add(q, new TermQuery(new Term("num", terms.number())), 2f);
        }
        String pc = terms.postcode();
        if (pc != null && pc.length() >= 5) {
            add(q, new TermQuery(new Term("pc", pc)), 1.5f);
            add(q, new TermQuery(new Term("pcd", pc.substring(0, pc.length() - 3))), 0.5f);
        }
        BooleanQuery query = q.build();
        if (query.clauses().isEmpty()) {
            return new int[0];
        }
        try {
            ScoreDoc[] hits = searcher.search(query, k).scoreDocs;
            int[] ords = new int[hits.length];
            for (int i = 0; i < hits.length; i++) {
                ords[i] = searcher.storedFields().document(hits[i].doc).getField(ORD).numericValue().intValue();
            }
            return ords;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Words of one field used in a query: an address line longer than this (a pasted note, a 3,000-word
     * field) would otherwise exceed Lucene's clause limit ({@code TooManyClauses}); its first words are the
     * ones that name the street or house.
     */
    static final int MAX_WORDS = 12;

    private Query text(String field, String value) {
        return value == null || value.isBlank() ? null : queries.createBooleanQuery(field, firstWords(value));
    }

    static String firstWords(String value) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < value.length(); i++) {
            boolean letter = Character.isLetterOrDigit(value.charAt(i));
            if (letter && !inWord && ++words > MAX_WORDS) {
                return value.substring(0, i);
            }
            inWord = letter;
        }
        return value;
    }

    /** Street tokens of 5+ letters also match with one edit, so a typo in the street still retrieves it. */
    private static void fuzzyStreet(BooleanQuery.Builder q, String street) {
        if (street == null) {
            return;
        }
        List<Query> fuzzy = new ArrayList<>();
        for (String t : street.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (t.length() >= 5 && fuzzy.size() < 3) {
                fuzzy.add(new FuzzyQuery(new Term("street", t), 1, 1));
            }
        }
        fuzzy.forEach(f -> add(q, f, 1f));
    }

    private static void add(BooleanQuery.Builder q, Query clause, float boost) {
        if (clause != null) {
            q.add(new BoostQuery(clause, boost), BooleanClause.Occur.SHOULD);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            dir.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
