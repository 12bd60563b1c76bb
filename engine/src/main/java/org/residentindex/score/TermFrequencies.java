package org.residentindex.score;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.residentindex.ResidentIndexException;

/**
 * Per field, how often each (normalised) value occurs among the records: agreeing on "jones" (5% of Welsh
 * residents) is far weaker evidence than agreeing on a rare surname. {@link #frequency} gives the relative
 * frequency that {@link MatchModel#weight(int[], double[])} uses for exact agreements.
 *
 * <p>Two forms. <b>Plain</b> tables hold the values themselves (names): personal data, kept in memory during a run
 * and written to {@code model.json} only when the user asks for it. <b>Hashed</b> tables ({@link #hashed()}) are
 * what {@code model.json} holds by default: each value is replaced by its HMAC-SHA256 under a salt stored with the
 * model ({@value #HASH_HEX} hex characters kept), and every value seen fewer than {@value #MIN_COUNT} times is
 * pooled into one count — so the table adjusts "jones" exactly as the plain one does, but lists no names, and the
 * one-off values (typos, rare names: the ones that could single a person out) are not there to be confirmed even by
 * someone who guesses them and holds the salt. For every non-pooled value the hashed frequency equals the plain
 * one; a pooled or unknown value gets the pooled mean (pooled count / pooled values / total).
 *
 * <p>The salt is derived from the tables themselves (SHA-256 of their sorted contents), so it differs from one
 * model to another — no precomputed dictionary serves two models — while the same data still gives a
 * byte-identical model file. Immutable once built.
 */
public final class TermFrequencies {

    /** Values seen fewer times than this are pooled in hashed tables. */
    public static final int MIN_COUNT = 5;
    /** Hex characters of the HMAC kept per value (128 bits: collisions are out of reach). */
    public static final int HASH_HEX = 32;

    private final Map<String, Map<String, Long>> counts;
    private final Map<String, Long> totals;
    private final byte[] salt;
    private final Map<String, Pool> pools;
    private final ThreadLocal<Mac> macs;

    /** The pooled rare values of one hashed field: how many distinct values, how many records. */
    public record Pool(long values, long count) {
    }

    private TermFrequencies(Map<String, Map<String, Long>> counts) {
        this(counts, null, Map.of(), null);
    }

    private TermFrequencies(Map<String, Map<String, Long>> counts, byte[] salt, Map<String, Pool> pools,
            Map<String, Long> givenTotals) {
        Map<String, Map<String, Long>> copy = new TreeMap<>();
        Map<String, Long> sums = new TreeMap<>();
        counts.forEach((field, table) -> {
            copy.put(field, Collections.unmodifiableMap(new HashMap<>(table)));
            long sum = 0;
            for (long c : table.values()) {
                if (c <= 0) {
                    throw new ResidentIndexException("Term counts of field '" + field + "' must be positive");
                }
                sum += c;
            }
            Pool pool = pools.get(field);
            sums.put(field, sum + (pool == null ? 0 : pool.count()));
        });
        pools.forEach((field, pool) -> {
            if (pool.values() < 0 || pool.count() < 0 || (pool.values() == 0) != (pool.count() == 0)) {
                throw new ResidentIndexException("Pooled term counts of field '" + field + "' are inconsistent");
            }
            copy.putIfAbsent(field, Map.of());
            sums.putIfAbsent(field, pool.count());
        });
        if (givenTotals != null) {
            givenTotals.forEach((field, total) -> {
                if (!total.equals(sums.get(field))) {
                    throw new ResidentIndexException("Term counts of field '" + field + "' do not add up to its"
                            + " total");
                }
            });
        }
        this.counts = Collections.unmodifiableMap(copy);
        this.totals = Collections.unmodifiableMap(sums);
        this.salt = salt == null ? null : salt.clone();
        this.pools = Collections.unmodifiableMap(new TreeMap<>(pools));
        this.macs = this.salt == null ? null : ThreadLocal.withInitial(() -> mac(this.salt));
    }

    /** Frequencies from explicit counts: field → (value → count). */
    public static TermFrequencies ofCounts(Map<String, Map<String, Long>> counts) {
        return new TermFrequencies(counts);
    }

    /**
     * Hashed tables as loaded from {@code model.json}: field → (hash → count), the pooled rare values per field,
     * and the salt.
     */
    public static TermFrequencies ofHashes(byte[] salt, Map<String, Map<String, Long>> hashCounts,
            Map<String, Pool> pools) {
        if (salt == null || salt.length == 0) {
            throw new ResidentIndexException("Hashed term frequencies need their salt");
        }
        return new TermFrequencies(hashCounts, salt, pools, null);
    }

    /** A builder that counts values record by record. */
    public static Builder builder() {
        return new Builder();
    }

    /** True for hashed tables. */
    public boolean isHashed() {
        return salt != null;
    }

    /**
     * These tables hashed and pooled (see the class comment); hashed tables are returned as they are.
     */
    public TermFrequencies hashed() {
        if (isHashed()) {
            return this;
        }
        byte[] key = saltOf(counts);
        Mac mac = mac(key);
        Map<String, Map<String, Long>> hashes = new TreeMap<>();
        Map<String, Pool> pooled = new TreeMap<>();
        counts.forEach((field, table) -> {
            Map<String, Long> h = new TreeMap<>();
            long values = 0;
            long count = 0;
            for (Map.Entry<String, Long> e : table.entrySet()) {
                if (e.getValue() >= MIN_COUNT) {
                    h.put(hash(mac, field, e.getKey()), e.getValue());
                } else {
                    values++;
                    count += e.getValue();
                }
            }
            hashes.put(field, h);
            pooled.put(field, new Pool(values, count));
        });
        return new TermFrequencies(hashes, key, pooled, null);
    }

    /**
     * Relative frequency of {@code value} among the non-missing values of {@code field}; {@code NaN} when the field
     * has no table or (plain tables) the value was never counted, so the model applies no adjustment. Hashed
     * tables give a pooled or unknown value the pooled mean.
     */
    public double frequency(String field, String value) {
        Map<String, Long> table = counts.get(field);
        if (table == null || value == null) {
            return Double.NaN;
        }
        Long count = table.get(isHashed() ? hash(macs.get(), field, value) : value);
        if (count != null) {
            return (double) count / totals.get(field);
        }
        Pool pool = pools.get(field);
        return pool == null || pool.values() == 0 ? Double.NaN
                : (double) pool.count() / pool.values() / totals.get(field);
    }

    /** Fields with a table, sorted. */
    public java.util.Set<String> fields() {
        return counts.keySet();
    }

    /**
     * The counts of one field, sorted by key (for saving): values for plain tables, hashes for hashed ones; empty
     * if the field has no table.
     */
    public Map<String, Long> counts(String field) {
        return new TreeMap<>(counts.getOrDefault(field, Map.of()));
    }

    /** The pooled rare values of a hashed field (none for plain tables). */
    public Pool pool(String field) {
        return pools.getOrDefault(field, new Pool(0, 0));
    }

    /** The salt of hashed tables; null for plain ones. */
    public byte[] salt() {
        return salt == null ? null : salt.clone();
    }

    private static byte[] saltOf(Map<String, Map<String, Long>> counts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("rix term-frequency salt v1".getBytes(StandardCharsets.UTF_8));
            counts.forEach((field, table) -> {
                digest.update((field + '\u0000').getBytes(StandardCharsets.UTF_8));
                new TreeMap<>(table).forEach((v, c) -> digest.update((v + '\u0000' + c + '\u0000')
                        .getBytes(StandardCharsets.UTF_8)));
            });
            return Arrays.copyOf(digest.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    private static String hash(Mac mac, String field, String value) {
        byte[] h = mac.doFinal((field + '\u0000' + value).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(h).substring(0, HASH_HEX);
    }

    /** Counts values; not thread-safe. */
    public static final class Builder {
        private final Map<String, Map<String, Long>> counts = new TreeMap<>();

        /** Counts one record's value of a field; null or empty values are missing and not counted. */
        public Builder add(String field, String value) {
            if (value != null && !value.isEmpty()) {
                counts.computeIfAbsent(field, f -> new HashMap<>()).merge(value, 1L, Long::sum);
            }
            return this;
        }

        public TermFrequencies build() {
            return new TermFrequencies(counts);
        }
    }
}
