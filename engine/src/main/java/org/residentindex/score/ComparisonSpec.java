package org.residentindex.score;

import java.util.List;
import org.residentindex.ResidentIndexException;

/**
 * One field of a comparison vector: its name and its level labels, ordered from the best agreement (index 0) to
 * the "else" level (last index). A vector entry is a level index, or {@link #NULL_LEVEL} when the value is missing
 * on either side — a null level contributes nothing to the weight (no evidence either way).
 *
 * @param field  field name, unique within a model (e.g. {@code surname})
 * @param levels level labels, at least two (an agreement level and an else level)
 */
public record ComparisonSpec(String field, List<String> levels) {

    /** The level of a field that is missing on either side of the pair. */
    public static final int NULL_LEVEL = -1;

    public ComparisonSpec {
        if (field == null || field.isBlank()) {
            throw new ResidentIndexException("A comparison needs a field name");
        }
        if (levels == null || levels.size() < 2) {
            throw new ResidentIndexException("Comparison '" + field + "' needs at least two levels (agree, else)");
        }
        levels = List.copyOf(levels);
    }

    /** Convenience factory: {@code ComparisonSpec.of("surname", "exact", "fuzzy", "else")}. */
    public static ComparisonSpec of(String field, String... levels) {
        return new ComparisonSpec(field, List.of(levels));
    }

    /** Number of levels, excluding the null level. */
    public int levelCount() {
        return levels.size();
    }

    /** The label of a level index; {@code "null"} for {@link #NULL_LEVEL}. */
    public String label(int level) {
        return level == NULL_LEVEL ? "null" : levels.get(level);
    }
}
