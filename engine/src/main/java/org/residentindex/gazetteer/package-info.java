/**
 * The property gazetteer (LLPG / AddressBase extract) and address → UPRN matching.
 *
 * <p>{@link org.residentindex.gazetteer.Gazetteer} loads a gazetteer in one of the
 * {@link org.residentindex.gazetteer.GazetteerFormat formats} (a CSV with structured BS7666 columns or the flat
 * {@code uprn, address, postcode} shape, NLPG DTF 7.3, AddressBase Plus; a UPRN may have several addresses:
 * Welsh, alternative, historic), keeps compact in-memory arrays grouped by postcode for the hot path and an
 * on-disk Lucene index for fallback retrieval. {@link org.residentindex.gazetteer.AddressMatcher} turns an
 * address into an {@link org.residentindex.gazetteer.AddressMatch}: UPRN, calibrated score, status and reason.
 * Candidate retrieval (postcode group or Lucene) is separate from scoring
 * ({@link org.residentindex.gazetteer.ComponentScorer}) and from the decision
 * ({@link org.residentindex.gazetteer.MatchDecider}). Lucene types stay inside {@code gazetteer.lucene}.
 */
package org.residentindex.gazetteer;
