package org.residentindex.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.block.lucene.IndexTerms;
import org.residentindex.block.lucene.LuceneRecordIndex;

class IndexTermsTest {

    @TempDir
    Path dir;

    @Test
    void of_longValues_boundedDistinctAndStable() {
        String a = "ä".repeat(20_000);
        String b = "ä".repeat(19_999) + "b";
        assertThat(IndexTerms.of("jones")).isEqualTo("jones");
        assertThat(IndexTerms.of(a).getBytes(StandardCharsets.UTF_8).length).isLessThan(IndexWriter.MAX_TERM_LENGTH);
        assertThat(IndexTerms.of(a)).isEqualTo(IndexTerms.of(new String(a))).isNotEqualTo(IndexTerms.of(b));
    }

    @Test
    void recordIndex_valueAndIdOverTermLimit_indexedStoredAndFound() {
        String note = "note ".repeat(10_000);
        String id = "id".repeat(20_000);
        try (LuceneRecordIndex.Writer w = LuceneRecordIndex.create(dir, List.of("notes"))) {
            w.add(new LuceneRecordIndex.Entry("s", id, Map.of("notes", note)));
        }
        assertThat(LuceneRecordIndex.find(dir, "s", id)).hasValueSatisfying(e ->
                assertThat(e.values()).containsEntry("notes", note));
    }
}
