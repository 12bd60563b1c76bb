package org.residentindex.gazetteer.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.residentindex.gazetteer.StreetWords;

/**
 * Tokenises address text, lower-cases it (ROOT), folds diacritics ({@code Lôn} → {@code lon}) and, when built
 * {@link #withSynonyms() with synonyms}, expands Welsh ↔ English street words and town names both ways
 * ({@code heol} ↔ {@code road}, {@code caerfyrddin} ↔ {@code carmarthen}) as a token graph. The index side uses
 * the plain form; the query side uses synonyms, so one query finds either language.
 */
public final class AddressAnalyzer extends Analyzer {

    private final SynonymMap synonyms;

    private AddressAnalyzer(SynonymMap synonyms) {
        this.synonyms = synonyms;
    }

    /** The plain analyzer: tokenise, lower-case, fold diacritics. */
    public static AddressAnalyzer plain() {
        return new AddressAnalyzer(null);
    }

    /** The query analyzer with bilingual synonyms from {@link StreetWords}. */
    public static AddressAnalyzer withSynonyms() {
        return new AddressAnalyzer(synonymMap());
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new LowerCaseFilter(source);
        ts = new ASCIIFoldingFilter(ts);
        if (synonyms != null) {
            ts = new SynonymGraphFilter(ts, synonyms, true);
        }
        return new TokenStreamComponents(source, ts);
    }

    private static SynonymMap synonymMap() {
        SynonymMap.Builder b = new SynonymMap.Builder(true);
        for (String[] pair : StreetWords.synonymPairs()) {
            both(b, pair[0], pair[1]);
        }
        try {
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void both(SynonymMap.Builder b, String x, String y) {
        CharsRef a = phrase(x);
        CharsRef c = phrase(y);
        b.add(a, c, true);
        b.add(c, a, true);
    }

    private static CharsRef phrase(String words) {
        return SynonymMap.Builder.join(words.toLowerCase(Locale.ROOT).split(" "), new CharsRefBuilder());
    }
}
