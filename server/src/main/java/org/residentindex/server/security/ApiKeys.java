package org.residentindex.server.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.residentindex.ResidentIndexException;

/**
 * API keys. A key is {@code rix_<id>_<secret>}; only {@code id} and a slow hash of the secret are stored:
 * PBKDF2-HMAC-SHA512 from the JDK, {@value #ITERATIONS} iterations (OWASP's 2023 figure for this hash), a 16-byte
 * random salt, 32 bytes of output, stored as {@code pbkdf2-sha512$iterations$salt$hash} (Base64). Comparison is in
 * constant time.
 */
public final class ApiKeys {

    /** PBKDF2 iterations for new hashes. */
    public static final int ITERATIONS = 210_000;
    private static final String PREFIX = "pbkdf2-sha512";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    /** A new key for {@code id}: the full key (shown once) and its stored hash. */
    public record NewKey(String key, String hash) {
    }

    /** Makes a new random key. */
    public static NewKey create(String id) {
        if (!id.matches("[A-Za-z0-9-]{1,40}")) {
            throw new ResidentIndexException("A key id is 1–40 letters, digits or hyphens");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String s = Base64.getUrlEncoder().withoutPadding().encodeToString(secret).replace('_', 'x');
        return new NewKey("rix_" + id + "_" + s, hash(s));
    }

    /** The key id of a presented key, or null when it is not of the form {@code rix_<id>_<secret>}. */
    public static String idOf(String key) {
        if (key == null || !key.startsWith("rix_")) {
            return null;
        }
        int sep = key.indexOf('_', 4);
        return sep < 5 || sep == key.length() - 1 ? null : key.substring(4, sep);
    }

    /** The secret of a presented key. */
    static String secretOf(String key) {
        return key.substring(key.indexOf('_', 4) + 1);
    }

    /** The stored form of a secret. */
    public static String hash(String secret) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return PREFIX + "$" + ITERATIONS + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(derive(secret, salt, ITERATIONS));
    }

    /** Whether {@code secret} matches the stored hash. */
    public static boolean verify(String secret, String stored) {
        String[] p = stored == null ? new String[0] : stored.split("\\$");
        if (p.length != 4 || !p[0].equals(PREFIX)) {
            return false;
        }
        int iterations = Integer.parseInt(p[1]);
        byte[] salt = Base64.getDecoder().decode(p[2]);
        byte[] expected = Base64.getDecoder().decode(p[3]);
        return MessageDigest.isEqual(expected, derive(secret, salt, iterations));
    }

    private static byte[] derive(String secret, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new ResidentIndexException("PBKDF2 is not available in this JVM", e);
        }
    }

    /** SHA-256 of a presented key: the cache key of a verified key (the key itself is never kept). */
    static String fingerprint(String key) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new ResidentIndexException("SHA-256 is not available in this JVM", e);
        }
    }
}
