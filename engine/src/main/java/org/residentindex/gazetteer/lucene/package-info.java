/**
 * Lucene internals of the gazetteer: the bilingual address analyzer and the on-disk candidate index. Nothing
 * here leaks Lucene types into public signatures; callers pass and receive plain strings and property ordinals.
 */
package org.residentindex.gazetteer.lucene;
