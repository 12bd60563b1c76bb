package org.residentindex.block.lucene;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.lucene.index.IndexWriter;

/**
 * Exact-match terms that Lucene can always index. Lucene refuses a term longer than
 * {@link IndexWriter#MAX_TERM_LENGTH} (32,766) UTF-8 bytes — and its error quotes the value's bytes — so a pasted
 * note or a runaway address would abort a whole run. A value within the limit is its own term; a longer one becomes
 * its first {@value #PREFIX_BYTES} bytes (cut at a character boundary) plus {@code U+001F} and the SHA-256 of the
 * whole value, so two long values share a term exactly when they are equal. The stored value is always the full
 * one; comparisons use the full value too. Stateless.
 */
public final class IndexTerms {

    /** Bytes of a long value kept readable at the start of its term. */
    static final int PREFIX_BYTES = 1024;

    private IndexTerms() {
    }

    /** The term for {@code value}: itself, or a bounded prefix + hash when it is too long to index. */
    public static String of(String value) {
        if (value.length() * 3 <= IndexWriter.MAX_TERM_LENGTH) {
            return value;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= IndexWriter.MAX_TERM_LENGTH) {
            return value;
        }
        StringBuilder prefix = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > PREFIX_BYTES) {
                break;
            }
            prefix.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(utf8);
            return prefix.append('\u001F').append(HexFormat.of().formatHex(digest)).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** True when {@link #of} changes {@code value}. */
    public static boolean isLong(String value) {
        return !of(value).equals(value);
    }
}
