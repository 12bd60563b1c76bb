package org.residentindex.insight;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The thresholds that turn measures into Wales Audit Office maturity levels; the {@code maturity:} section of
 * {@code link.yaml} (snake_case keys, every key optional — an absent key keeps its default). All values are
 * shares between 0 and 1. Defaults ({@link #defaults()}), chosen so that Level 1 matches the WAO descriptor
 * "duplication of data is common" and Level 3 "duplication is kept to a minimum":
 *
 * <ul>
 *   <li><b>Integrated customer data</b>: Level 1 when the median within-dataset duplicate rate exceeds
 *       {@code icd_l1_median_duplicate_rate} = 0.05 or the share of records linked to another service is
 *       below {@code icd_l1_linked_share} = 0.20; Level 3 when every dataset's duplicate rate is at most
 *       {@code icd_l3_max_duplicate_rate} = 0.01, UPRN coverage is at least {@code icd_l3_uprn_coverage} =
 *       0.95 and the linked share is at least {@code icd_l3_linked_share} = 0.50; otherwise Level 2.</li>
 *   <li><b>Corporate Standards</b>: a dataset is "gazetteer-coded" when at least {@code cs_coded_dataset_uprn}
 *       = 0.50 of its records carry a UPRN. Level 1 when fewer than {@code cs_l1_coded_share} = 0.34 of
 *       datasets are coded or mean postcode/date-of-birth validity is below {@code cs_l1_validity} = 0.90;
 *       Level 3 when at least {@code cs_l3_coded_share} = 0.80 are coded, validity is at least
 *       {@code cs_l3_validity} = 0.98 and UPRN coverage at least {@code cs_l3_uprn_coverage} = 0.95.</li>
 *   <li><b>Data Protection</b> (data-quality side only — personal data held in more places than needed, and
 *       inconsistent): Level 1 when duplicate records exceed {@code dp_l1_duplicate_share} = 0.05 of all
 *       records or residents with conflicting dates of birth exceed {@code dp_l1_conflict_rate} = 0.05;
 *       Level 3 when they are at most {@code dp_l3_duplicate_share} = 0.01 and {@code dp_l3_conflict_rate}
 *       = 0.01.</li>
 * </ul>
 */
public record MaturityThresholds(
        @JsonProperty("icd_l1_median_duplicate_rate") Double icdL1MedianDuplicateRate,
        @JsonProperty("icd_l1_linked_share") Double icdL1LinkedShare,
        @JsonProperty("icd_l3_max_duplicate_rate") Double icdL3MaxDuplicateRate,
        @JsonProperty("icd_l3_uprn_coverage") Double icdL3UprnCoverage,
        @JsonProperty("icd_l3_linked_share") Double icdL3LinkedShare,
        @JsonProperty("cs_coded_dataset_uprn") Double csCodedDatasetUprn,
        @JsonProperty("cs_l1_coded_share") Double csL1CodedShare,
        @JsonProperty("cs_l1_validity") Double csL1Validity,
        @JsonProperty("cs_l3_coded_share") Double csL3CodedShare,
        @JsonProperty("cs_l3_validity") Double csL3Validity,
        @JsonProperty("cs_l3_uprn_coverage") Double csL3UprnCoverage,
        @JsonProperty("dp_l1_duplicate_share") Double dpL1DuplicateShare,
        @JsonProperty("dp_l1_conflict_rate") Double dpL1ConflictRate,
        @JsonProperty("dp_l3_duplicate_share") Double dpL3DuplicateShare,
        @JsonProperty("dp_l3_conflict_rate") Double dpL3ConflictRate) {

    /** Fills every absent (null) threshold with its default and checks each is within [0, 1]. */
    public MaturityThresholds {
        icdL1MedianDuplicateRate = check("icd_l1_median_duplicate_rate", icdL1MedianDuplicateRate, 0.05);
        icdL1LinkedShare = check("icd_l1_linked_share", icdL1LinkedShare, 0.20);
        icdL3MaxDuplicateRate = check("icd_l3_max_duplicate_rate", icdL3MaxDuplicateRate, 0.01);
        icdL3UprnCoverage = check("icd_l3_uprn_coverage", icdL3UprnCoverage, 0.95);
        icdL3LinkedShare = check("icd_l3_linked_share", icdL3LinkedShare, 0.50);
        csCodedDatasetUprn = check("cs_coded_dataset_uprn", csCodedDatasetUprn, 0.50);
        csL1CodedShare = check("cs_l1_coded_share", csL1CodedShare, 0.34);
        csL1Validity = check("cs_l1_validity", csL1Validity, 0.90);
        csL3CodedShare = check("cs_l3_coded_share", csL3CodedShare, 0.80);
        csL3Validity = check("cs_l3_validity", csL3Validity, 0.98);
        csL3UprnCoverage = check("cs_l3_uprn_coverage", csL3UprnCoverage, 0.95);
        dpL1DuplicateShare = check("dp_l1_duplicate_share", dpL1DuplicateShare, 0.05);
        dpL1ConflictRate = check("dp_l1_conflict_rate", dpL1ConflictRate, 0.05);
        dpL3DuplicateShare = check("dp_l3_duplicate_share", dpL3DuplicateShare, 0.01);
        dpL3ConflictRate = check("dp_l3_conflict_rate", dpL3ConflictRate, 0.01);
    }

    /** The documented defaults. */
    public static MaturityThresholds defaults() {
        return new MaturityThresholds(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    private static Double check(String key, Double value, double fallback) {
        double v = value == null ? fallback : value;
        if (Double.isNaN(v) || v < 0.0 || v > 1.0) {
            throw new org.residentindex.ResidentIndexException(
                    "maturity." + key + ": expected a share between 0 and 1");
        }
        return v;
    }
}
