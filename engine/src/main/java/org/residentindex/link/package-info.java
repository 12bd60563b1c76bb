/**
 * The batch pipeline behind {@code rix link}: read and normalise every source into a compact columnar
 * {@link org.residentindex.link.RecordStore}, block, compare, train (u by random pairs, m and λ by EM), score
 * with term-frequency adjustment, cluster with the anti-chaining clusterer, keep resident ids stable and write the
 * output files. Internal to the engine; callers use {@link org.residentindex.ResidentIndex}.
 */
package org.residentindex.link;
