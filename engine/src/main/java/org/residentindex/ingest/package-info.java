/**
 * Reading council CSV files: dialect detection, column mapping onto the canonical schema, streaming rows to
 * a consumer and rejects to a {@link org.residentindex.ingest.RejectSink}. Entry point:
 * {@link org.residentindex.ingest.SourceReader}.
 */
package org.residentindex.ingest;
