package org.residentindex.score;

/**
 * One field's part of a match weight. {@code weight} is {@code log2(m/u)} for the field's level (0 for a null
 * level), and {@code tfAdjustment} the term-frequency correction {@code log2(u_exact / tf(value))} applied on top
 * of it for exact agreements on a value with a known frequency (0 otherwise).
 *
 * @param field        field name
 * @param level        the level label ({@code "null"} when missing)
 * @param m            m probability of that level (NaN for a null level)
 * @param u            u probability of that level (NaN for a null level)
 * @param weight       log2(m/u), or 0 for a null level
 * @param tfAdjustment term-frequency adjustment in bits, 0 when not applied
 */
public record Contribution(String field, String level, double m, double u, double weight, double tfAdjustment) {

    /** This field's total part of the match weight. */
    public double total() {
        return weight + tfAdjustment;
    }
}
