/**
 * The duplication and integration-maturity report: reads a link run directory (the {@link
 * org.residentindex.report.RunManifest run.json contract} plus {@code entities.csv}, {@code links.csv},
 * {@code rejects.csv}), computes measures, maturity levels and insights through {@code org.residentindex.insight},
 * and writes {@code report.html} (self-contained, inline CSS and SVG), {@code report.json} and {@code report.md}.
 * Entry point: {@link org.residentindex.report.ReportGenerator}. Personal data is masked by default through one
 * {@link org.residentindex.report.Masker}.
 */
package org.residentindex.report;
