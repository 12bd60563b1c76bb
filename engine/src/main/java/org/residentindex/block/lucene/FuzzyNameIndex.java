package org.residentindex.block.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.IntFunction;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.residentindex.ResidentIndexException;

/**
 * An in-memory Lucene index ({@link ByteBuffersDirectory}) of every record's folded surname, given name and birth
 * year, each an exact term, for per-record fuzzy look-ups. {@link #similar} finds the records whose surname and
 * given name are each within one edit (Damerau–Levenshtein, transpositions counted as one) of the query's, in either
 * order (names swapped), restricted to the query's birth year when it has one (records without a year pass). Built
 * single-threaded and merged to one segment, so results are deterministic. {@link #similar} may be called from
 * several threads at once; close the index (after the searches) to free memory.
 */
public final class FuzzyNameIndex implements AutoCloseable {

    private static final String SURNAME = "s";
    private static final String GIVEN = "g";
    private static final String YEAR = "y";
    private static final String ORDINAL = "o";
    /** Year term of records without a birth year: they pass every year filter. */
    private static final String NO_YEAR = "-";
    private static final int MAX_EDITS = 1;

    private final Directory dir;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private FuzzyNameIndex(Directory dir, DirectoryReader reader) throws IOException {
        this.dir = dir;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    /** Indexes records {@code 0 .. n-1}; a function returns null for a missing value. */
    public static FuzzyNameIndex build(int n, IntFunction<String> surname, IntFunction<String> given,
            IntFunction<String> birthYear) {
        Directory dir = new ByteBuffersDirectory();
        try {
            IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer()).setRAMBufferSizeMB(64);
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                for (int r = 0; r < n; r++) {
                    Document doc = new Document();
                    add(doc, SURNAME, surname.apply(r));
                    add(doc, GIVEN, given.apply(r));
                    String year = birthYear.apply(r);
                    doc.add(new StringField(YEAR, year == null || year.isEmpty() ? NO_YEAR : year, Field.Store.NO));
                    doc.add(new StoredField(ORDINAL, r));
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            return new FuzzyNameIndex(dir, DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot build the in-memory name index: " + e.getClass().getSimpleName(),
                    e);
        }
    }

    private static void add(Document doc, String field, String value) {
        if (value != null && !value.isEmpty()) {
            doc.add(new StringField(field, IndexTerms.of(value), Field.Store.NO));
        }
    }

    /**
     * Ordinals, ascending, of at most {@code top} best-scoring records other than {@code self} whose names are each
     * within one edit of {@code surname} and {@code given} (or of them swapped), in {@code birthYear} when given.
     */
    public int[] similar(int self, String surname, String given, String birthYear, int top) {
        BooleanQuery.Builder names = new BooleanQuery.Builder()
                .add(both(surname, given), Occur.SHOULD)
                .add(both(given, surname), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1);
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(names.build(), Occur.MUST);
        if (birthYear != null && !birthYear.isEmpty()) {
            query.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(YEAR, birthYear)), Occur.SHOULD)
                    .add(new TermQuery(new Term(YEAR, NO_YEAR)), Occur.SHOULD)
                    .build(), Occur.FILTER);
        }
        try {
            ScoreDoc[] hits = searcher.search(query.build(), top + 1).scoreDocs;
            StoredFields stored = searcher.storedFields();
            int[] out = new int[hits.length];
            int size = 0;
            for (ScoreDoc hit : hits) {
                int ordinal = stored.document(hit.doc).getField(ORDINAL).numericValue().intValue();
                if (ordinal != self && size < top) {
                    out[size++] = ordinal;
                }
            }
            int[] result = Arrays.copyOf(out, size);
            Arrays.sort(result);
            return result;
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot search the in-memory name index: " + e.getClass().getSimpleName(),
                    e);
        }
    }

    private static Query both(String surname, String given) {
        return new BooleanQuery.Builder()
                .add(fuzzy(SURNAME, surname), Occur.MUST)
                .add(fuzzy(GIVEN, given), Occur.MUST)
                .build();
    }

    /** A fuzzy term query; a value too long for an edit automaton (no real name is) matches exactly. */
    private static Query fuzzy(String field, String value) {
        return value.length() > MAX_FUZZY_CHARS ? new TermQuery(new Term(field, IndexTerms.of(value)))
                : new FuzzyQuery(new Term(field, value), MAX_EDITS);
    }

    /** Longer names are searched exactly; well beyond any name, short enough for a quick automaton. */
    private static final int MAX_FUZZY_CHARS = 256;

    @Override
    public void close() {
        try {
            reader.close();
            dir.close();
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot close the in-memory name index: " + e.getClass().getSimpleName(),
                    e);
        }
    }
}
