package org.residentindex.pprl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.residentindex.ResidentIndexException;

class EncoderTest {

    static final Secret KEY = Secret.of("correct horse battery staple".getBytes(StandardCharsets.UTF_8));
    static final Secret OTHER = Secret.of("another partnership's secret".getBytes(StandardCharsets.UTF_8));

    static final String[] SIAN = {"sian", "jones", "19850312", "sa311ab", "14 heol y bryn", "carmarthen", "f"};

    private static long[] encode(Encoder e, String... values) {
        long[] out = new long[e.words()];
        e.encodeValues(values, out, 0);
        return out;
    }

    @Test
    void encode_sameKeyAndRecord_identicalFilters() {
        long[] a = encode(new Encoder(Schema.defaults(), KEY), SIAN);
        long[] b = encode(new Encoder(Schema.defaults(), KEY), SIAN);
        assertThat(a).isEqualTo(b).hasSize(16);
        assertThat(Dice.cardinality(a, 0, a.length)).isGreaterThan(100);
    }

    @Test
    void encode_otherKey_unrelatedFilters() {
        long[] a = encode(new Encoder(Schema.defaults(), KEY), SIAN);
        long[] b = encode(new Encoder(Schema.defaults(), OTHER), SIAN);
        assertThat(a).isNotEqualTo(b);
        // the same record under two keys looks like two unrelated records (half-full filters: Dice about 0.5)
        assertThat(Dice.dice(a, 0, b, 0, a.length)).isLessThan(0.7);
    }

    @Test
    void encode_oneLetterTypo_nameSegmentStaysSimilarOthersIdentical() {
        Encoder e = new Encoder(Schema.defaults(), KEY);
        long[] a = encode(e, SIAN);
        String[] typo = SIAN.clone();
        typo[1] = "jomes";
        long[] b = encode(e, typo);
        double surname = Dice.dice(a, 3, b, 3, 3);
        assertThat(surname).isBetween(0.5, 0.95);
        assertThat(Dice.dice(a, 0, b, 0, 3)).isEqualTo(1.0);
        assertThat(Dice.dice(a, 6, b, 6, 3)).isEqualTo(1.0);
    }

    @Test
    void encode_missingValue_leavesItsSegmentEmpty() {
        Encoder e = new Encoder(Schema.defaults(), KEY);
        String[] noDob = SIAN.clone();
        noDob[2] = null;
        long[] a = encode(e, noDob);
        assertThat(Dice.cardinality(a, 6, 3)).isZero();
    }

    @Test
    void encode_balancedHardening_everySegmentExactlyHalfFull() {
        Schema s = Schema.defaults().withHardening(new Hardening(false, 1.0, true));
        Encoder e = new Encoder(s, KEY);
        assertThat(e.words()).isEqualTo(32);
        long[] a = encode(e, SIAN);
        int at = 0;
        for (Schema.Segment seg : s.segments()) {
            int words = s.hardening().storedBits(seg.bits()) / 64;
            assertThat(Dice.cardinality(a, at, words)).as(seg.name()).isEqualTo(words * 32);
            at += words;
        }
    }

    @Test
    void encode_foldAndSample_shorterFiltersStillDeterministic() {
        Schema s = Schema.defaults().withHardening(new Hardening(true, 0.5, false));
        Encoder e = new Encoder(s, KEY);
        assertThat(s.storedBits()).isLessThan(s.bits() / 2 + 64 * s.segments().size());
        assertThat(encode(e, SIAN)).isEqualTo(encode(new Encoder(s, KEY), SIAN));
        assertThat(encode(e, SIAN)).isNotEqualTo(encode(new Encoder(s, OTHER), SIAN));
    }

    @Test
    void secret_shortOrMissing_clearErrorWithoutTheValue() {
        assertThatThrownBy(() -> Secret.of("short".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ResidentIndexException.class).hasMessageNotContaining("short\"");
        assertThatThrownBy(() -> Secret.fromEnvironment("RIX_TEST_NO_SUCH_VARIABLE", n -> null))
                .hasMessageContaining("RIX_TEST_NO_SUCH_VARIABLE");
        assertThat(KEY.toString()).doesNotContain("horse");
    }

    @Test
    void schema_jsonRoundTrip_sameSchemaAndFingerprint() {
        Schema s = Schema.defaults().withHardening(new Hardening(true, 0.75, true));
        Schema back = Schema.parse(s.toJson());
        assertThat(back).isEqualTo(s);
        assertThat(back.fingerprint()).isEqualTo(s.fingerprint());
        assertThat(s.toJson()).contains("\"clkConfig\"", "\"bitsPerToken\"", "\"doubleHash\"", "\"HKDF\"");
    }

    @Test
    void schema_plainClkhashLayout_oneSharedSegment() {
        String clkhash = """
                {"version": 3,
                 "clkConfig": {"l": 1024, "kdf": {"type": "HKDF", "hash": "SHA256", "salt": "c2FsdA==",
                   "info": "aW5mbw==", "keySize": 64}},
                 "features": [
                   {"identifier": "rec_id", "ignored": true},
                   {"identifier": "given_name", "format": {"type": "string", "encoding": "utf-8"},
                    "hashing": {"comparison": {"type": "ngram", "n": 2}, "strategy": {"bitsPerToken": 30},
                                "hash": {"type": "doubleHash"}}},
                   {"identifier": "surname", "format": {"type": "string", "encoding": "utf-8"},
                    "hashing": {"comparison": {"type": "ngram", "n": 2}, "strategy": {"bitsPerToken": 30}}}]}
                """;
        Schema s = Schema.parse(clkhash);
        assertThat(s.segments()).containsExactly(new Schema.Segment("clk", 1024));
        assertThat(s.features()).extracting(Schema.Feature::segment).containsOnly("clk");
    }

    @Test
    void schema_unknownFeature_namedInError() {
        String bad = Schema.defaults().toJson().replace("\"identifier\" : \"surname\"", "\"identifier\" : \"shoe\"");
        assertThatThrownBy(() -> Schema.parse(bad)).hasMessageContaining("shoe");
    }
}
