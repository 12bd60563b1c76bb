package org.residentindex.insight;

import java.util.List;

/**
 * Measures of one dataset in a link run.
 *
 * @param source                 dataset name
 * @param records                accepted records
 * @param rejected               rows rejected on reading
 * @param residents              distinct residents among the accepted records
 * @param duplicateRecords       {@code records - residents}: records whose resident is already present in the
 *                               same dataset (the Level 1 symptom "service users apply multiple times")
 * @param duplicateRate          {@code duplicateRecords / records}
 * @param uprnGiven              records that carried a UPRN
 * @param uprnMatched            records without one whose address the gazetteer matched
 * @param uprnUnmatched          records left without a UPRN
 * @param uprnCoverage           {@code (uprnGiven + uprnMatched) / records}
 * @param fields                 completeness and validity of postcode, date of birth and name
 * @param conflictingDob         residents with two or more different valid dates of birth in this dataset
 * @param multipleProperties     residents placed at two or more properties in this dataset ("two current
 *                               addresses")
 * @param linkedToOther          records whose resident also appears in another dataset
 * @param linkedShare            {@code linkedToOther / records}
 */
public record DatasetMeasures(
        String source, long records, long rejected, long residents, long duplicateRecords, double duplicateRate,
        long uprnGiven, long uprnMatched, long uprnUnmatched, double uprnCoverage, List<FieldQuality> fields,
        long conflictingDob, long multipleProperties, long linkedToOther, double linkedShare) {

    public DatasetMeasures {
        fields = List.copyOf(fields);
    }
}
