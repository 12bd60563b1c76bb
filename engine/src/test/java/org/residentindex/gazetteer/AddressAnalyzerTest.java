package org.residentindex.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.residentindex.gazetteer.lucene.AddressAnalyzer;

class AddressAnalyzerTest {

    private static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("street", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void withSynonyms_welshDescriptor_expandsToEnglish() throws IOException {
        assertThat(tokens(AddressAnalyzer.withSynonyms(), "Heol y Bryn")).contains("heol", "road", "bryn");
    }

    @Test
    void withSynonyms_englishDescriptor_expandsToWelsh() throws IOException {
        assertThat(tokens(AddressAnalyzer.withSynonyms(), "Mill Lane")).contains("lane", "lon");
    }

    @Test
    void withSynonyms_townBothWays() throws IOException {
        assertThat(tokens(AddressAnalyzer.withSynonyms(), "Caerfyrddin")).contains("carmarthen");
        assertThat(tokens(AddressAnalyzer.withSynonyms(), "Carmarthen")).contains("caerfyrddin");
    }

    @Test
    void plain_diacritics_folded() throws IOException {
        assertThat(tokens(AddressAnalyzer.plain(), "Lôn Ŵyn")).containsExactly("lon", "wyn");
    }
}
