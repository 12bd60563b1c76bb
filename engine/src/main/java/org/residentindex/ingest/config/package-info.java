/**
 * {@code link.yaml}: {@link org.residentindex.ingest.config.LinkConfig} and
 * {@link org.residentindex.ingest.config.SourceConfig}, read strictly by
 * {@link org.residentindex.ingest.config.LinkConfigReader}.
 */
package org.residentindex.ingest.config;
