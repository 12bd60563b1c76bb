/**
 * The data audit the Wales Audit Office asked for: an information-asset register built from the files themselves
 * ({@link org.residentindex.dataaudit.DataAuditor}), how many times each data item is collected for the same
 * residents, and a proposed corporate data standard with each dataset's conformance. Output holds counts and shares
 * only, never a value of a record ({@link org.residentindex.dataaudit.DataAuditWriter}). Uses ingest, normalise,
 * profile's checks and a link run's {@code entities.csv}; the report may use this package, never the reverse.
 */
package org.residentindex.dataaudit;
