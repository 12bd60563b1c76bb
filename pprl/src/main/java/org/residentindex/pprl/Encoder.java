package org.residentindex.pprl;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import org.residentindex.model.NormalisedRecord;

/**
 * Encodes one normalised record as its stored filter ({@code schema.storedBits() / 64} longs): each feature's
 * value is cut into q-grams, each q-gram is hashed with the field's own HMAC-SHA256 key (derived from the secret,
 * the schema's KDF salt and info, the field name and the field's salt) and sets {@code bitsPerToken} bits of its
 * segment by double hashing ({@code g_i = h1 + i·h2 mod bits}, h1 and h2 the first two 64-bit words of the HMAC,
 * h2 forced odd so no q-gram collapses onto one bit); then each segment is hardened ({@link Hardening}).
 *
 * <p>Not thread-safe (it holds {@link Mac} instances and a q-gram cache): use one per thread ({@link #copy()}).
 * The cache maps a q-gram to its bit positions; it is memory only, bounded, and holds keyed hashes, never
 * values. Deterministic: the same secret, schema and record give the same filter.
 */
public final class Encoder {

    /** Cached q-grams per field before the cache is cleared (a field's distinct q-grams are usually far fewer). */
    private static final int CACHE_LIMIT = 100_000;

    private final Schema schema;
    private final Secret secret;
    private final Mac[] macs;
    private final int[] featureSegment;
    private final int[] segmentOffset;
    private final int[] storedOffset;
    private final SegmentHardener[] hardeners;
    private final List<Map<String, int[]>> caches;
    private final int rawWords;
    private final int storedWords;

    public Encoder(Schema schema, Secret secret) {
        this.schema = schema;
        this.secret = secret;
        List<Schema.Feature> features = schema.features();
        macs = new Mac[features.size()];
        featureSegment = new int[features.size()];
        caches = new java.util.ArrayList<>();
        for (int f = 0; f < features.size(); f++) {
            Schema.Feature feature = features.get(f);
            byte[] info = Secret.concat(schema.kdfInfo(), ("\0" + feature.identifier() + "\0" + feature.salt())
                    .getBytes(StandardCharsets.UTF_8));
            macs[f] = Secret.mac(secret.derive(schema.kdfSalt(), info, 32));
            featureSegment[f] = schema.segmentIndex(feature.segment());
            caches.add(new HashMap<>());
        }
        List<Schema.Segment> segments = schema.segments();
        segmentOffset = new int[segments.size()];
        storedOffset = new int[segments.size()];
        hardeners = new SegmentHardener[segments.size()];
        int raw = 0;
        int stored = 0;
        for (int s = 0; s < segments.size(); s++) {
            segmentOffset[s] = raw;
            storedOffset[s] = stored;
            raw += segments.get(s).bits();
            stored += schema.hardening().storedBits(segments.get(s).bits());
            hardeners[s] = SegmentHardener.of(schema, secret, s);
        }
        rawWords = raw / 64;
        storedWords = stored / 64;
    }

    /** A fresh encoder with the same schema and secret, for another thread. */
    public Encoder copy() {
        return new Encoder(schema, secret);
    }

    /** The schema. */
    public Schema schema() {
        return schema;
    }

    /** Longs per stored filter. */
    public int words() {
        return storedWords;
    }

    /** The stored filter of {@code r}. */
    public long[] encode(NormalisedRecord r) {
        long[] out = new long[storedWords];
        encode(r, out, 0);
        return out;
    }

    /** Writes the stored filter of {@code r} into {@code out} from word {@code offset}. */
    public void encode(NormalisedRecord r, long[] out, int offset) {
        String[] values = new String[schema.features().size()];
        for (int f = 0; f < values.length; f++) {
            values[f] = FieldValue.of(r, schema.features().get(f).identifier());
        }
        encodeValues(values, out, offset);
    }

    /** Encodes feature values given in schema order (null = missing). */
    public void encodeValues(String[] values, long[] out, int offset) {
        long[] raw = new long[rawWords];
        for (int f = 0; f < values.length; f++) {
            if (values[f] != null && !values[f].isEmpty()) {
                hashInto(f, values[f], raw);
            }
        }
        List<Schema.Segment> segments = schema.segments();
        for (int s = 0; s < segments.size(); s++) {
            hardeners[s].apply(raw, segmentOffset[s] / 64, segments.get(s).bits() / 64, out,
                    offset + storedOffset[s] / 64);
        }
    }

    private void hashInto(int f, String value, long[] raw) {
        Schema.Feature feature = schema.features().get(f);
        int n = feature.n();
        int base = segmentOffset[featureSegment[f]];
        String padded = n == 1 || feature.positional() ? value
                : " ".repeat(n - 1) + value + " ".repeat(n - 1);
        Map<String, int[]> cache = caches.get(f);
        for (int i = 0; i + n <= padded.length(); i++) {
            String gram = feature.positional() ? i + ":" + padded.substring(i, i + n) : padded.substring(i, i + n);
            int[] positions = cache.get(gram);
            if (positions == null) {
                positions = positions(f, gram);
                if (cache.size() >= CACHE_LIMIT) {
                    cache.clear();
                }
                cache.put(gram, positions);
            }
            for (int p : positions) {
                int bit = base + p;
                raw[bit >>> 6] |= 1L << (bit & 63);
            }
        }
    }

    private int[] positions(int f, String gram) {
        Schema.Feature feature = schema.features().get(f);
        int bits = schema.segments().get(featureSegment[f]).bits();
        ByteBuffer h = ByteBuffer.wrap(macs[f].doFinal(gram.getBytes(StandardCharsets.UTF_8)));
        long h1 = h.getLong();
        long h2 = h.getLong() | 1L;
        int[] out = new int[feature.bitsPerToken()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) Long.remainderUnsigned(h1 + i * h2, bits);
        }
        return out;
    }
}
