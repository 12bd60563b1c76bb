/**
 * Data-quality profiles of source files: {@link org.residentindex.profile.Profiler} reads a source and returns
 * a {@link org.residentindex.profile.Profile} (dialect, mapping, rows and rejects, completeness and validity).
 */
package org.residentindex.profile;
