/**
 * Fellegi–Sunter scoring of comparison vectors.
 *
 * <p>A pair of records is described by a <em>comparison vector</em>: one discrete level index per field
 * ({@link org.residentindex.score.ComparisonSpec}), {@code 0} for the best agreement up to the "else" level, or
 * {@link org.residentindex.score.ComparisonSpec#NULL_LEVEL} when either side is missing. A
 * {@link org.residentindex.score.MatchModel} turns a vector into a match weight (log2 Bayes factor plus prior) and
 * can {@linkplain org.residentindex.score.MatchModel#explain explain} it field by field. m probabilities are
 * estimated by {@link org.residentindex.score.EmEstimator} over aggregated {@link org.residentindex.score.PatternCounts},
 * u probabilities by {@link org.residentindex.score.UEstimator} from random record pairs, and
 * {@link org.residentindex.score.TermFrequencies} adjust exact agreements on common values. Models are saved and
 * loaded as {@code model.json} by {@link org.residentindex.score.ModelFile}.
 */
package org.residentindex.score;
