package org.residentindex.block;

import java.util.List;
import org.residentindex.ResidentIndexException;

/**
 * One blocking rule: records agreeing exactly on every listed key column fall in one block. A record missing any
 * of the columns is in no block of this rule.
 *
 * @param name    a short label for reports, e.g. {@code postcode+birth_year}
 * @param columns key column names, at least one
 */
public record BlockingRule(String name, List<String> columns) {

    public BlockingRule {
        if (columns == null || columns.isEmpty()) {
            throw new ResidentIndexException("A blocking rule needs at least one key column");
        }
        columns = List.copyOf(columns);
    }

    /** A rule named after its columns joined by {@code +}. */
    public static BlockingRule of(String... columns) {
        return new BlockingRule(String.join("+", columns), List.of(columns));
    }
}
