/**
 * Field comparison: a {@link org.residentindex.compare.FieldComparator} turns two normalised values of one field
 * into a discrete comparison level (best agreement first, "else" last), never a raw similarity. Weights live in the
 * model ({@code org.residentindex.score}), not here. Missing values give
 * {@link org.residentindex.score.ComparisonSpec#NULL_LEVEL}.
 *
 * <p>Values arrive already normalised and, where a comparator needs more than one part (a name with its
 * equivalence keys, a surname with its phonetic code), encoded as {@code part|part} by
 * {@link org.residentindex.compare.FieldValues}, so one string per record and field is enough to compare,
 * dictionary-code and cache.
 */
package org.residentindex.compare;
