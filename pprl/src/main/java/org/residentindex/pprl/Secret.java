package org.residentindex.pprl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.residentindex.ResidentIndexException;

/**
 * The key the partners share. Read from a file or an environment variable — never from the command line (where
 * other users of the machine see it in the process list) — and never written anywhere: {@link #toString()} hides
 * it, no message quotes it, and only keys derived from it by HKDF (RFC 5869, HMAC-SHA256) are used for hashing.
 * A trailing line break in the file is not part of the secret (so {@code echo secret > key} works).
 */
public final class Secret {

    /** Shortest secret accepted, in bytes: 128 bits for a random key; a passphrase should be longer. */
    public static final int MIN_BYTES = 16;

    /** The environment variable read when no secret file is given. */
    public static final String ENVIRONMENT_VARIABLE = "RIX_PPRL_SECRET";

    private static final String HMAC = "HmacSHA256";

    private final byte[] key;

    private Secret(byte[] key, String origin) {
        if (key.length < MIN_BYTES) {
            throw new ResidentIndexException("The secret from " + origin + " is shorter than " + MIN_BYTES
                    + " bytes; use a long random key (e.g. openssl rand -base64 32)");
        }
        this.key = key;
    }

    /** The secret held in {@code file}. */
    public static Secret fromFile(Path file) {
        try {
            return new Secret(trimLineBreak(Files.readAllBytes(file)), "file " + file);
        } catch (NoSuchFileException e) {
            throw new ResidentIndexException("Secret file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot read secret file " + file + ": " + e.getClass().getSimpleName(), e);
        }
    }

    /** The secret held in environment variable {@code name}, looked up with {@code env} (System::getenv). */
    public static Secret fromEnvironment(String name, Function<String, String> env) {
        String v = env.apply(name);
        if (v == null || v.isEmpty()) {
            throw new ResidentIndexException("No secret: give --secret-file FILE or set the environment variable "
                    + name);
        }
        return new Secret(trimLineBreak(v.getBytes(StandardCharsets.UTF_8)), "environment variable " + name);
    }

    /** A secret from bytes (tests, embedding applications). */
    public static Secret of(byte[] key) {
        return new Secret(key.clone(), "the caller");
    }

    /** HKDF-SHA256 (RFC 5869) of the secret: {@code length} bytes (at most 8160) for {@code salt} and {@code info}. */
    byte[] derive(byte[] salt, byte[] info, int length) {
        byte[] prk = hmac(salt.length == 0 ? new byte[32] : salt, key);
        byte[] out = new byte[length];
        byte[] t = new byte[0];
        Mac mac = mac(prk);
        for (int done = 0, i = 1; done < length; i++) {
            mac.update(t);
            mac.update(info);
            mac.update((byte) i);
            t = mac.doFinal();
            int n = Math.min(t.length, length - done);
            System.arraycopy(t, 0, out, done, n);
            done += n;
        }
        return out;
    }

    /**
     * A check value of the secret for a schema: 8 bytes of a derived key, in hex. Both partners' files carry it,
     * so a linker sees that two files were made with different secrets without learning either.
     */
    String check(Schema schema) {
        byte[] info = concat(schema.kdfInfo(), "\0rix-key-check".getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(Arrays.copyOf(derive(schema.kdfSalt(), info, 32), 8));
    }

    static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this Java runtime", e);
        }
    }

    private static byte[] hmac(byte[] key, byte[] message) {
        return mac(key).doFinal(message);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static byte[] trimLineBreak(byte[] b) {
        int end = b.length;
        while (end > 0 && (b[end - 1] == '\n' || b[end - 1] == '\r')) {
            end--;
        }
        return Arrays.copyOf(b, end);
    }

    @Override
    public String toString() {
        return "Secret[hidden]";
    }
}
