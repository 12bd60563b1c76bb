/**
 * Where the table is in an exported file: title rows above the header
 * ({@link org.residentindex.ingest.layout.TableStart}) and total / footer rows below the data
 * ({@link org.residentindex.ingest.layout.FooterDetector}). Shared by the CSV and the .xlsx readers.
 */
package org.residentindex.ingest.layout;
