package org.residentindex.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DialectDetectorTest {

    private final DialectDetector detector = new DialectDetector();

    private char detect(String sample, boolean truncated) {
        byte[] b = sample.getBytes(StandardCharsets.UTF_8);
        return detector.detect(b, b.length, StandardCharsets.UTF_8, truncated);
    }

    @Test
    void detect_febrlCommaSpace_comma() {
        assertThat(detect("rec_id, given_name, surname\nrec-1, ann, rees\n", false)).isEqualTo(',');
    }

    @Test
    void detect_semicolonFileWithCommasInQuotedAddresses_semicolon() {
        assertThat(detect("id;address;surname\n1;\"2, High St, Llanelli\";Jones\n2;\"Ty Gwyn, Pen-bre\";Evans\n",
                false)).isEqualTo(';');
    }

    @Test
    void detect_quotedNewlinesAndCutOffLastLine_ignoredForCounting() {
        String sample = "id|address|surname\n1|\"Flat 2\n14 Heol y Bryn\"|Jones\n2|x|Ev";
        assertThat(detect(sample, true)).isEqualTo('|');
    }

    @Test
    void detect_ragged_mostFrequentOnHeader() {
        assertThat(detect("a\tb\tc\n1\t2\n", false)).isEqualTo('\t');
    }

    @Test
    void detect_singleColumnOrEmpty_comma() {
        assertThat(detect("id\n1\n2\n", false)).isEqualTo(',');
        assertThat(detect("", false)).isEqualTo(',');
    }
}
