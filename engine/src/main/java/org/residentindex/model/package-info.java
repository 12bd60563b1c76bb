/**
 * Immutable value records shared by every stage: the {@link org.residentindex.model.CanonicalField} schema,
 * {@link org.residentindex.model.SourceRecord} (a row as read) and
 * {@link org.residentindex.model.NormalisedRecord} (a row ready for comparison) with its parts.
 */
package org.residentindex.model;
