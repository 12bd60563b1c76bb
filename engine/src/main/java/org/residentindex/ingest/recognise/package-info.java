/**
 * Recognising what a column holds from its header ({@link org.residentindex.ingest.recognise.HeaderRecogniser})
 * and from its values ({@link org.residentindex.ingest.recognise.ValueRecogniser}); each answer carries a
 * confidence and a reason that never repeats a value. {@link org.residentindex.ingest.ColumnMapper} combines
 * the two into a mapping. Used by the gazetteer matcher too, to find address columns.
 */
package org.residentindex.ingest.recognise;
