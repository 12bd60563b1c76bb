/**
 * Accuracy against known truth: pairwise and B-cubed metrics of a clustering, and precision/recall of a set of
 * links. All cluster metrics come from the contingency table of predicted × true entities
 * ({@link org.residentindex.evaluate.ContingencyTable}) — never from enumerating pairs.
 */
package org.residentindex.evaluate;
