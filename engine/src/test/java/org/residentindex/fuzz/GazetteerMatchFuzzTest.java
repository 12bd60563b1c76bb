package org.residentindex.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.residentindex.gazetteer.AddressMatch;
import org.residentindex.gazetteer.AddressMatcher;
import org.residentindex.gazetteer.Gazetteer;
import org.residentindex.gazetteer.GazetteerOptions;

/**
 * The gazetteer matcher, through its public API, on arbitrary address text and postcodes over a small flat
 * gazetteer: every query gets a status (never an exception), and the same query gets the same answer. Texts are
 * kept to 400 characters: unbounded query length is issue #16's (a Lucene clause limit).
 */
@org.junit.jupiter.api.Tag("fuzz")
class GazetteerMatchFuzzTest {

    private static final AddressMatcher MATCHER;

    static {
        try {
            Path dir = Files.createTempDirectory("rix-fuzz-gazetteer");
            StringBuilder csv = new StringBuilder("uprn,address,postcode\n");
            String[] streets = {"Heol y Bryn", "High Street", "Church Road", "Stryd Fawr", "Mill Lane"};
            String[] towns = {"Caerfyrddin", "Llanelli", "Cross Hands"};
            for (int i = 0; i < 60; i++) {
                csv.append(100000 + i).append(",\"").append(i % 12 + 1).append(' ').append(streets[i % 5]).append(", ")
                        .append(towns[i % 3]).append("\",SA").append(31 + i % 3).append(' ').append(i % 9 + 1)
                        .append("AB\n");
            }
            Files.writeString(dir.resolve("gazetteer.csv"), csv, java.nio.charset.StandardCharsets.UTF_8);
            Gazetteer g = Gazetteer.open(dir.resolve("gazetteer.csv"),
                    GazetteerOptions.defaults().withIndexDir(dir.resolve("index")));
            MATCHER = AddressMatcher.of(g);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "90s")
    void match(FuzzedDataProvider data) {
        String postcode = data.consumeBoolean() ? data.consumeString(12) : null;
        String text = data.consumeString(400);
        AddressMatch first = MATCHER.match(text, postcode);
        assertThat(first.status()).isNotNull();
        assertThat(MATCHER.match(text, postcode)).isEqualTo(first);
    }
}
