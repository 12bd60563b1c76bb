package org.residentindex.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.residentindex.ResidentIndexException;
import org.residentindex.cluster.RecordKey;

/**
 * The live index's Lucene store (package-private: Lucene never leaves this class). One document per record:
 * {@value #KEY} (unique), {@value #RESIDENT} (indexed), display values ({@code d.}), comparable values
 * ({@code v.}, the blocking columns also indexed as exact terms) and the record's links. Writes go through one
 * thread at a time (the caller's lock); documents written since the last {@link #refresh} are also held in
 * {@code pending} so candidate search sees the records of the same batch. The committed sequence number travels in
 * the commit's user data.
 */
final class LuceneRecords implements AutoCloseable {

    static final String KEY = "_key";
    static final String SOURCE = "_source";
    static final String RECORD_ID = "_rid";
    static final String RESIDENT = "_resident";
    static final String UPDATED = "_updated";
    static final String EDGES = "_edges";
    static final String GIVEN_HEAD = "_given";
    static final String SEQ = "seq";
    private static final char UNIT = '\u001F';
    private static final char RECORD = '\u001E';

    private final Path folder;
    private final Directory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Set<String> indexed;
    private final Map<RecordKey, Doc> pending = new ConcurrentHashMap<>();
    private final Set<RecordKey> pendingDeleted = ConcurrentHashMap.newKeySet();

    LuceneRecords(Path folder, Collection<String> indexedColumns, boolean create) {
        this.folder = folder;
        this.indexed = Set.copyOf(indexedColumns);
        try {
            Files.createDirectories(folder);
            this.dir = FSDirectory.open(folder);
            IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer())
                    .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                    .setRAMBufferSizeMB(64)
                    .setCommitOnClose(false);
            this.writer = new IndexWriter(dir, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw problem("open", e);
        }
    }

    static String key(RecordKey k) {
        return k.source() + UNIT + k.recordId();
    }

    /** Adds or replaces a record. */
    void put(Doc d) {
        Document doc = new Document();
        doc.add(new StringField(KEY, key(d.key()), Field.Store.NO));
        doc.add(new StoredField(SOURCE, d.key().source()));
        doc.add(new StoredField(RECORD_ID, d.key().recordId()));
        doc.add(new StringField(RESIDENT, d.residentId(), Field.Store.YES));
        doc.add(new StoredField(UPDATED, d.updated().toEpochMilli()));
        if (!d.edges().isEmpty()) {
            StringBuilder b = new StringBuilder();
            for (Doc.Edge e : d.edges()) {
                if (b.length() > 0) {
                    b.append(RECORD);
                }
                b.append(e.other().source()).append(UNIT).append(e.other().recordId()).append(UNIT)
                        .append(Double.toString(e.weight()));
            }
            doc.add(new StoredField(EDGES, b.toString()));
        }
        d.display().forEach((f, v) -> {
            if (v != null) {
                doc.add(new StoredField("d." + f, v));
            }
        });
        d.values().forEach((f, v) -> {
            if (v != null) {
                doc.add(indexed.contains(f) ? new StringField("v." + f, v, Field.Store.YES)
                        : new StoredField("v." + f, v));
            }
        });
        String given = d.values().get("given_name");
        if (given != null) {
            doc.add(new StringField(GIVEN_HEAD, org.residentindex.compare.FieldValues.head(given), Field.Store.NO));
        }
        try {
            writer.updateDocument(new Term(KEY, key(d.key())), doc);
        } catch (IOException e) {
            throw problem("write", e);
        }
        pendingDeleted.remove(d.key());
        pending.put(d.key(), d);
    }

    /** Removes a record. */
    void delete(RecordKey k) {
        try {
            writer.deleteDocuments(new Term(KEY, key(k)));
        } catch (IOException e) {
            throw problem("write", e);
        }
        pending.remove(k);
        pendingDeleted.add(k);
    }

    /** Makes every write so far visible to searches. */
    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw problem("refresh", e);
        }
        pending.clear();
        pendingDeleted.clear();
    }

    /** Merges the index into one segment (after a bulk build: fewer segments, faster searches). */
    void optimise() {
        try {
            writer.forceMerge(1);
        } catch (IOException e) {
            throw problem("merge", e);
        }
    }

    /** Commits with {@code seq} as the last applied log entry. */
    void commit(long seq) {
        try {
            writer.setLiveCommitData(Map.of(SEQ, Long.toString(seq)).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw problem("commit", e);
        }
    }

    /** The sequence number of the last commit (0 when none was recorded). */
    long committedSeq() {
        try {
            if (!DirectoryReader.indexExists(dir)) {
                return 0;
            }
            List<org.apache.lucene.index.IndexCommit> commits = DirectoryReader.listCommits(dir);
            String s = commits.get(commits.size() - 1).getUserData().get(SEQ);
            return s == null ? 0 : Long.parseLong(s);
        } catch (IOException e) {
            throw problem("read", e);
        }
    }

    /** The record with key {@code k}, or null. */
    Doc get(RecordKey k) {
        Doc p = pending.get(k);
        if (p != null || pendingDeleted.contains(k)) {
            return p;
        }
        List<Doc> hits = search(new TermQuery(new Term(KEY, key(k))), 1);
        return hits.isEmpty() ? null : hits.get(0);
    }

    /** The records of resident {@code id} (at most {@code max}). */
    List<Doc> byResident(String id, int max) {
        return withPending(search(new TermQuery(new Term(RESIDENT, id)), max), d -> d.residentId().equals(id));
    }

    /** Records agreeing exactly on every (column → value) of {@code terms}, at most {@code max}. */
    List<Doc> agreeing(Map<String, String> terms, int max) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        terms.forEach((c, v) -> q.add(new TermQuery(new Term("v." + c, v)), BooleanClause.Occur.FILTER));
        return withPending(search(q.build(), max), d -> terms.entrySet().stream()
                .allMatch(e -> e.getValue().equals(d.values().get(e.getKey()))));
    }

    /** How many records agree on every (column → value) of {@code terms}. */
    int count(Map<String, String> terms) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        terms.forEach((c, v) -> q.add(new TermQuery(new Term("v." + c, v)), BooleanClause.Occur.FILTER));
        IndexSearcher s = acquire();
        try {
            int n = s.count(q.build());
            for (Doc d : pending.values()) {
                if (terms.entrySet().stream().allMatch(e -> e.getValue().equals(d.values().get(e.getKey())))) {
                    n++;
                }
            }
            return n;
        } catch (IOException e) {
            throw problem("search", e);
        } finally {
            release(s);
        }
    }

    /**
     * Fuzzy person search: records sharing any of the given terms, names within edit distance ({@code surname}
     * and {@code given} are folded name heads), ranked by Lucene's score; at most {@code max}.
     */
    List<Doc> fuzzy(String surname, String given, Map<String, String> exact, int max, boolean requireNames) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        BooleanClause.Occur names = requireNames ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD;
        if (surname != null) {
            q.add(new FuzzyQuery(new Term("v.key.surname", surname), surname.length() > 5 ? 2 : 1), names);
        }
        if (given != null) {
            q.add(new FuzzyQuery(new Term(GIVEN_HEAD, given), given.length() > 5 ? 2 : 1), names);
        }
        exact.forEach((c, v) -> q.add(new TermQuery(new Term("v." + c, v)), BooleanClause.Occur.SHOULD));
        BooleanQuery built = q.build();
        if (built.clauses().isEmpty()) {
            return List.of();
        }
        return search(built, max);
    }

    /** Every record (for loading the clusters on open). */
    void forEach(java.util.function.Consumer<Doc> consumer) {
        IndexSearcher s = acquire();
        try {
            var reader = s.getIndexReader();
            var stored = reader.storedFields();
            var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (live == null || live.get(i)) {
                    consumer.accept(toDoc(stored.document(i)));
                }
            }
        } catch (IOException e) {
            throw problem("read", e);
        } finally {
            release(s);
        }
    }

    /** Number of records visible to searches. */
    int size() {
        IndexSearcher s = acquire();
        try {
            return s.count(new MatchAllDocsQuery());
        } catch (IOException e) {
            throw problem("search", e);
        } finally {
            release(s);
        }
    }

    private List<Doc> withPending(List<Doc> found, java.util.function.Predicate<Doc> matches) {
        if (pending.isEmpty() && pendingDeleted.isEmpty()) {
            return found;
        }
        Map<RecordKey, Doc> out = new LinkedHashMap<>();
        for (Doc d : found) {
            if (!pendingDeleted.contains(d.key()) && !pending.containsKey(d.key())) {
                out.put(d.key(), d);
            }
        }
        for (Doc d : pending.values()) {
            if (matches.test(d)) {
                out.put(d.key(), d);
            }
        }
        return new ArrayList<>(out.values());
    }

    private List<Doc> search(Query q, int max) {
        IndexSearcher s = acquire();
        try {
            TopDocs top = s.search(q, Math.max(1, max));
            List<Doc> out = new ArrayList<>(top.scoreDocs.length);
            var stored = s.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(toDoc(stored.document(sd.doc)));
            }
            return out;
        } catch (IOException e) {
            throw problem("search", e);
        } finally {
            release(s);
        }
    }

    private static Doc toDoc(Document doc) {
        Map<String, String> display = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (IndexableField f : doc.getFields()) {
            String name = f.name();
            if (name.startsWith("d.")) {
                display.put(name.substring(2), f.stringValue());
            } else if (name.startsWith("v.")) {
                values.put(name.substring(2), f.stringValue());
            }
        }
        List<Doc.Edge> edges = new ArrayList<>();
        String e = doc.get(EDGES);
        if (e != null) {
            for (String one : e.split(String.valueOf(RECORD))) {
                String[] parts = one.split(String.valueOf(UNIT));
                edges.add(new Doc.Edge(new RecordKey(parts[0], parts[1]), Double.parseDouble(parts[2])));
            }
        }
        return new Doc(new RecordKey(doc.get(SOURCE), doc.get(RECORD_ID)), doc.get(RESIDENT),
                Instant.ofEpochMilli(doc.getField(UPDATED).numericValue().longValue()), display, values, edges);
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw problem("search", e);
        }
    }

    private void release(IndexSearcher s) {
        try {
            searchers.release(s);
        } catch (IOException e) {
            throw problem("search", e);
        }
    }

    private ResidentIndexException problem(String what, IOException e) {
        return new ResidentIndexException("Cannot " + what + " the live index in " + folder + ": "
                + e.getClass().getSimpleName(), e);
    }

    static Set<String> distinct(List<String> a) {
        return new LinkedHashSet<>(a);
    }

    @Override
    public void close() {
        try (dir; writer; searchers) {
            // committing is the caller's decision (with the sequence number); closing only releases
        } catch (IOException e) {
            throw problem("close", e);
        }
    }
}
