/**
 * The Wales Audit Office data tool as a questionnaire: officers and elected members each answer Level 1, 2 or
 * 3 for the seven key characteristics against the WAO descriptors. {@link org.residentindex.insight.survey.SurveyReader}
 * reads the answers ({@code responses.csv}, one row per person invited; a row with no answer is an invitee who
 * did not respond), {@link org.residentindex.insight.survey.SurveySummary} gives the audit's response-rate table,
 * the distribution of answers per characteristic and role, and the perceived level beside the level measured
 * from the records. Comments are counted, never quoted, unless the caller asks for them.
 */
package org.residentindex.insight.survey;
