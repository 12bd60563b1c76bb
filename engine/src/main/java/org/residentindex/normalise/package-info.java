/**
 * Pure normalisation functions for names (titles, splitting, folding, nickname and Welsh/English equivalence,
 * phonetic keys), dates of birth, UK postcodes, addresses (with bilingual street descriptors and town names) and
 * identifiers, and {@link org.residentindex.normalise.RecordNormaliser} that applies them to a whole record.
 * Every function is null-safe, idempotent on its text output and independent of the default locale.
 */
package org.residentindex.normalise;
