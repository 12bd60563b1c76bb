/**
 * Reading council CSV and .xlsx files: dialect detection, the table's position (title rows, footers:
 * {@code ingest.layout}), column mapping onto the canonical schema from headers and values together
 * ({@link org.residentindex.ingest.ColumnMapper} with {@code ingest.recognise}, each decision with a confidence and
 * a reason, per-source {@link org.residentindex.ingest.MappingWarning}s), streaming rows to a consumer and rejects to
 * a {@link org.residentindex.ingest.RejectSink}. Entry point: {@link org.residentindex.ingest.SourceReader}
 * (which hands .xlsx files to {@code XlsxSource}); the fields: {@link org.residentindex.ingest.FieldCatalogue}.
 */
package org.residentindex.ingest;
