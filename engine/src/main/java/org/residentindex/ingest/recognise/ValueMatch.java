package org.residentindex.ingest.recognise;

import org.residentindex.model.CanonicalField;

/**
 * What a column's values say it holds.
 *
 * @param field      the canonical field the values look like
 * @param share      the share (0–1) of the sampled non-blank values that look like it
 * @param confidence 0–1: how sure the values alone make us
 * @param reason     why, in counts and shares only; never a value
 */
public record ValueMatch(CanonicalField field, double share, double confidence, String reason) { }
