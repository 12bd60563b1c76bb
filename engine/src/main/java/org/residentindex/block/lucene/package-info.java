/**
 * The on-disk Lucene resident index ({@code DIR/index/}): one document per record with its comparable values
 * stored for display and {@code rix explain}, and its blocking keys indexed for lookups. Lucene types stay inside
 * this package. Also the in-memory name index ({@link org.residentindex.block.lucene.FuzzyNameIndex}) behind the
 * fuzzy fallback of blocking.
 */
package org.residentindex.block.lucene;
