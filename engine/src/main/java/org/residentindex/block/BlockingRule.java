package org.residentindex.block;

import java.util.List;
import org.residentindex.ResidentIndexException;

/**
 * One blocking rule: records agreeing exactly on every listed key column fall in one block. A record missing any
 * of the columns is in no block of this rule.
 *
 * @param name         a short label for reports, e.g. {@code postcode+birth_year}
 * @param columns      key column names, at least one
 * @param maxBlockSize this rule's own block-size cap, applied on top of the blocker's; 0 for none
 */
public record BlockingRule(String name, List<String> columns, int maxBlockSize) {

    public BlockingRule {
        if (columns == null || columns.isEmpty()) {
            throw new ResidentIndexException("A blocking rule needs at least one key column");
        }
        if (maxBlockSize != 0 && maxBlockSize < 2) {
            throw new ResidentIndexException("A rule's block size cap must be 0 (none) or at least 2");
        }
        columns = List.copyOf(columns);
    }

    /** A rule without a cap of its own. */
    public BlockingRule(String name, List<String> columns) {
        this(name, columns, 0);
    }

    /** This rule with its own block-size cap (a rule whose big blocks are nearly all non-matches). */
    public BlockingRule capped(int cap) {
        return new BlockingRule(name, columns, cap);
    }

    /** The cap that applies under a blocker capped at {@code blockerCap}. */
    public int capUnder(int blockerCap) {
        return maxBlockSize == 0 ? blockerCap : Math.min(maxBlockSize, blockerCap);
    }

    /** A rule named after its columns joined by {@code +}. */
    public static BlockingRule of(String... columns) {
        return new BlockingRule(String.join("+", columns), List.of(columns));
    }
}
