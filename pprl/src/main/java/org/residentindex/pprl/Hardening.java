package org.residentindex.pprl;

import org.residentindex.ResidentIndexException;

/**
 * Hardening applied to each segment after hashing, in this order (each optional). All three are applied by the
 * partners when encoding, with positions chosen from the shared secret, so the linker cannot undo them.
 *
 * <ul>
 *   <li><b>XOR-folding</b> (Schnell, Borgs and Encarnação 2016): the segment's two halves are XORed into one of
 *       half the length. A set bit no longer belongs to one q-gram's hash but to either of two positions, which
 *       breaks the one-bit-one-q-gram pattern a frequency attack looks for. Cost: the filter halves (less
 *       resolution) and Dice between folded filters is noisier; some accuracy is lost, most on short values.</li>
 *   <li><b>Random bit sampling</b> ({@code sample} &lt; 1, as in Durham's record-level filters): only a keyed
 *       random share of each segment's positions is kept. An attacker sees fewer bits per q-gram, so fewer
 *       q-grams can be told apart; Dice over the kept bits estimates the full Dice with more variance (fewer
 *       bits), so accuracy falls as the share falls.</li>
 *   <li><b>Balanced Bloom filters</b> (Schnell 2016): the segment is followed by its complement and the pair is
 *       permuted by a keyed permutation, so every non-empty segment has exactly half its bits set. The number of
 *       set bits — which otherwise reveals the length of a name and is the first thing a frequency attack
 *       uses — carries no information. Cost: twice the bits (slower Dice, bigger files); Dice values shift
 *       towards 0.5 for unrelated values, which the Dice bands of the linkage model absorb.</li>
 * </ul>
 * A missing value stays an all-zero segment whatever the hardening, so the linker can tell "missing" from
 * "disagrees" (missingness is visible to the linker in any case).
 *
 * @param xorFold  fold each segment in half
 * @param sample   share of positions kept, in (0, 1]; 1 keeps all
 * @param balanced append the complement and permute
 */
public record Hardening(boolean xorFold, double sample, boolean balanced) {

    /** No hardening. */
    public static final Hardening NONE = new Hardening(false, 1.0, false);

    public Hardening {
        if (!(sample > 0.0 && sample <= 1.0)) {
            throw new ResidentIndexException("Hardening 'sample' must lie in (0, 1]");
        }
    }

    /** Bits that carry information after folding (half the segment when folding). */
    int foldedBits(int bits) {
        return xorFold ? bits / 2 : bits;
    }

    /** Positions kept after folding and sampling. */
    int keptCount(int bits) {
        int folded = foldedBits(bits);
        return sample < 1.0 ? Math.max(1, (int) Math.round(folded * sample)) : folded;
    }

    /** Bits after folding and sampling (before balancing): the kept positions rounded up to whole words. */
    int keptBits(int bits) {
        return (keptCount(bits) + 63) / 64 * 64;
    }

    /** Bits a segment of {@code bits} occupies in the stored filter. */
    public int storedBits(int bits) {
        int kept = keptBits(bits);
        return balanced ? 2 * kept : kept;
    }

    /** Whether any hardening is applied. */
    public boolean any() {
        return xorFold || sample < 1.0 || balanced;
    }
}
