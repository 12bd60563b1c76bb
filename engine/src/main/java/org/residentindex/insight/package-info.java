/**
 * What a link run means for a council: duplication and integration measures per dataset and across services,
 * Wales Audit Office maturity levels with their evidence, and Camden-style findings (electoral validation,
 * possible subletting, school-admission addresses, household change for children in social care).
 *
 * <p>Everything here works from what a council holds — records, the links between them and its gazetteer —
 * through a {@link org.residentindex.insight.Population}; truth is only ever used by
 * {@link org.residentindex.insight.FlagScorer} to score flags against planted scenarios.
 */
package org.residentindex.insight;
