package org.residentindex.pprl;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.crypto.Mac;

/**
 * Applies a schema's {@link Hardening} to one segment: fold, keep a keyed sample of positions, append the
 * complement and permute. Positions and permutation come from a keyed stream (HMAC-SHA256 in counter mode under
 * a key derived from the secret for this segment), so only the partners know them. An all-zero (missing)
 * segment stays all zero. Immutable after construction.
 */
final class SegmentHardener {

    /** Half the segment's bits when folding, else 0. */
    private final int fold;
    private final int[] kept;
    private final int[] permutation;
    private final boolean identity;

    private SegmentHardener(int fold, int[] kept, int[] permutation, boolean identity) {
        this.fold = fold;
        this.kept = kept;
        this.permutation = permutation;
        this.identity = identity;
    }

    static SegmentHardener of(Schema schema, Secret secret, int segment) {
        Hardening h = schema.hardening();
        int bits = schema.segments().get(segment).bits();
        if (!h.any()) {
            return new SegmentHardener(0, null, null, true);
        }
        int folded = h.foldedBits(bits);
        int keep = h.keptCount(bits);
        byte[] info = Secret.concat(schema.kdfInfo(), ("\0rix-hardening\0" + schema.segments().get(segment).name())
                .getBytes(StandardCharsets.UTF_8));
        KeyedStream random = new KeyedStream(Secret.mac(secret.derive(schema.kdfSalt(), info, 32)));
        int[] kept = null;
        if (keep < folded) {
            int[] all = random.permutation(folded);
            kept = Arrays.copyOf(all, keep);
            Arrays.sort(kept);
        }
        int[] permutation = h.balanced() ? random.permutation(2 * h.keptBits(bits)) : null;
        return new SegmentHardener(h.xorFold() ? folded : 0, kept, permutation, false);
    }

    /** Hardens {@code words} raw words of {@code raw} from {@code from} into {@code out} from {@code to}. */
    void apply(long[] raw, int from, int words, long[] out, int to) {
        if (identity) {
            System.arraycopy(raw, from, out, to, words);
            return;
        }
        long[] seg = Arrays.copyOfRange(raw, from, from + words);
        boolean empty = Arrays.stream(seg).allMatch(w -> w == 0);
        if (fold > 0) {
            long[] f = new long[(fold + 63) / 64];
            for (int i = 0; i < fold; i++) {
                if ((bit(seg, i) ^ bit(seg, i + fold)) != 0) {
                    f[i >>> 6] |= 1L << (i & 63);
                }
            }
            seg = f;
        }
        if (kept != null) {
            long[] s = new long[(kept.length + 63) / 64];
            for (int i = 0; i < kept.length; i++) {
                if ((seg[kept[i] >>> 6] >>> (kept[i] & 63) & 1L) != 0) {
                    s[i >>> 6] |= 1L << (i & 63);
                }
            }
            seg = s;
        }
        if (permutation != null) {
            int n = seg.length * 64;
            long[] b = new long[2 * seg.length];
            if (!empty) {
                for (int i = 0; i < 2 * n; i++) {
                    boolean set = i < n ? (seg[i >>> 6] >>> (i & 63) & 1L) != 0
                            : (seg[(i - n) >>> 6] >>> ((i - n) & 63) & 1L) == 0;
                    if (set) {
                        int p = permutation[i];
                        b[p >>> 6] |= 1L << (p & 63);
                    }
                }
            }
            seg = b;
        }
        System.arraycopy(seg, 0, out, to, seg.length);
    }

    private static long bit(long[] words, int i) {
        return words[i >>> 6] >>> (i & 63) & 1L;
    }

    /** Uniform integers from HMAC-SHA256 in counter mode. */
    private static final class KeyedStream {
        private final Mac mac;
        private long counter;
        private ByteBuffer block = ByteBuffer.allocate(0);

        KeyedStream(Mac mac) {
            this.mac = mac;
        }

        private long next() {
            if (block.remaining() < 8) {
                block = ByteBuffer.wrap(mac.doFinal(ByteBuffer.allocate(8).putLong(counter++).array()));
            }
            return block.getLong();
        }

        /** A uniform integer in [0, bound), by rejection so no value is favoured. */
        int below(int bound) {
            long limit = Long.MAX_VALUE - Long.MAX_VALUE % bound;
            while (true) {
                long v = next() >>> 1;
                if (v < limit) {
                    return (int) (v % bound);
                }
            }
        }

        /** A keyed Fisher–Yates permutation of 0..n-1. */
        int[] permutation(int n) {
            int[] p = new int[n];
            for (int i = 0; i < n; i++) {
                p[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = below(i + 1);
                int t = p[i];
                p[i] = p[j];
                p[j] = t;
            }
            return p;
        }
    }
}
