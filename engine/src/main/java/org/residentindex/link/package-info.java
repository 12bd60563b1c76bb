/**
 * The batch pipeline behind {@code rix link}: read and normalise every source into a compact columnar
 * {@link org.residentindex.link.RecordStore}, block, compare, train (u by random pairs, m and λ by EM), score
 * with term-frequency adjustment and the prior of each pair's two sources (λ per pair of sources by EM over the
 * scored pairs; see {@link org.residentindex.score.SourcePairPriorEstimator}), cluster with the anti-chaining
 * clusterer (records of a source found duplicate-free never chain into one cluster; review pairs of two such
 * sources that are each other's best candidate are offered to it, see {@link
 * org.residentindex.link.OneToOneCompletion}), keep resident ids stable and write the output files. Internal to the engine; callers use {@link org.residentindex.ResidentIndex}.
 */
package org.residentindex.link;
