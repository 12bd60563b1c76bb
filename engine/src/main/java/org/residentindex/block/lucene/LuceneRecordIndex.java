package org.residentindex.block.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.residentindex.ResidentIndexException;

/**
 * Writes and reads the resident index. Each record is a document with {@value #SOURCE}, {@value #RECORD_ID} and
 * a unique {@value #KEY} ({@code source + '\u001F' + record id}, indexed), plus one stored field per comparable
 * value; fields named in {@code indexed} are also indexed as exact terms (blocking keys, for lookups). Writing
 * replaces any index in the folder.
 */
public final class LuceneRecordIndex {

    static final String SOURCE = "_source";
    static final String RECORD_ID = "_record_id";
    static final String KEY = "_key";

    private LuceneRecordIndex() {
    }

    /** A record to index: its identity and its values (field → value, nulls skipped). */
    public record Entry(String source, String recordId, Map<String, String> values) {
    }

    /** A sink receiving the records of one index; close it to commit. */
    public interface Writer extends AutoCloseable {
        /** Adds one record. */
        void add(Entry entry);

        @Override
        void close();
    }

    /** Opens a writer that replaces the index in {@code folder}; {@code indexed} fields are searchable. */
    public static Writer create(Path folder, List<String> indexed) {
        try {
            Files.createDirectories(folder);
            Directory dir = new MMapDirectory(folder);
            IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(64);
            IndexWriter writer = new IndexWriter(dir, config);
            return new LuceneWriter(dir, writer, List.copyOf(indexed), folder);
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot create the resident index in " + folder + ": "
                    + e.getClass().getSimpleName(), e);
        }
    }

    /** The stored values of one record, or empty when the index does not hold it. */
    public static Optional<Entry> find(Path folder, String source, String recordId) {
        if (!Files.isDirectory(folder)) {
            throw new ResidentIndexException("No resident index in " + folder + " (run rix link first)");
        }
        try (Directory dir = new MMapDirectory(folder); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs hits = searcher.search(new TermQuery(new Term(KEY, key(source, recordId))), 1);
            if (hits.scoreDocs.length == 0) {
                return Optional.empty();
            }
            Document doc = searcher.storedFields().document(hits.scoreDocs[0].doc);
            Map<String, String> values = new LinkedHashMap<>();
            for (IndexableField f : doc.getFields()) {
                if (!f.name().startsWith("_") && f.stringValue() != null) {
                    values.put(f.name(), f.stringValue());
                }
            }
            return Optional.of(new Entry(doc.get(SOURCE), doc.get(RECORD_ID), values));
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot read the resident index in " + folder + ": "
                    + e.getClass().getSimpleName(), e);
        }
    }

    private static String key(String source, String recordId) {
        return IndexTerms.of(source + '\u001F' + recordId);
    }

    private static final class LuceneWriter implements Writer {
        private final Directory dir;
        private final IndexWriter writer;
        private final List<String> indexed;
        private final Path folder;

        LuceneWriter(Directory dir, IndexWriter writer, List<String> indexed, Path folder) {
            this.dir = dir;
            this.writer = writer;
            this.indexed = indexed;
            this.folder = folder;
        }

        @Override
        public void add(Entry entry) {
            Document doc = new Document();
            doc.add(new StringField(KEY, key(entry.source(), entry.recordId()), Field.Store.NO));
            doc.add(new StoredField(SOURCE, entry.source()));
            doc.add(new StoredField(RECORD_ID, entry.recordId()));
            entry.values().forEach((field, value) -> {
                if (value != null) {
                    // the full value is stored; the indexed term is bounded (IndexTerms)
                    if (indexed.contains(field)) {
                        doc.add(new StringField(field, IndexTerms.of(value), Field.Store.NO));
                    }
                    doc.add(new StoredField(field, value));
                }
            });
            try {
                writer.addDocument(doc);
            } catch (IOException e) {
                throw new ResidentIndexException("Cannot write the resident index in " + folder + ": "
                        + e.getClass().getSimpleName(), e);
            }
        }

        @Override
        public void close() {
            try (dir; writer) {
                writer.commit();
            } catch (IOException e) {
                throw new ResidentIndexException("Cannot write the resident index in " + folder + ": "
                        + e.getClass().getSimpleName(), e);
            }
        }
    }
}
