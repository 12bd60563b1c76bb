package org.residentindex.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.residentindex.ResidentIndexException;

class MaturityAssessorTest {

    private static DatasetMeasures dataset(String name, long records, long duplicates, long given, long linked,
                                           long valid) {
        List<FieldQuality> fields = List.of(FieldQuality.of("postcode", records, records, valid),
                FieldQuality.of("date_of_birth", records, records, valid),
                FieldQuality.of("name", records, records, records));
        return new DatasetMeasures(name, records, 0, records - duplicates, duplicates,
                Ratio.of(duplicates, records), given, 0, records - given, Ratio.of(given, records), fields, 0, 0,
                linked, Ratio.of(linked, records));
    }

    private static ServiceOverlap overlap(double conflictRate) {
        return new ServiceOverlap(100, Map.of("1", 100L), List.of("a"), List.of(List.of(100L)), 1.2,
                (long) (conflictRate * 100), conflictRate);
    }

    private final MaturityAssessor assessor = new MaturityAssessor(MaturityThresholds.defaults());

    @Test
    void assess_commonDuplication_integratedIsLevel1WithEvidence() {
        List<MaturityAssessment> a = assessor.assess(List.of(dataset("a", 100, 10, 100, 80, 100),
                dataset("b", 100, 8, 100, 80, 100), dataset("c", 100, 0, 100, 80, 100)), overlap(0.0));
        MaturityAssessment icd = a.get(0);

        assertThat(icd.characteristic()).isEqualTo("Integrated customer data");
        assertThat(icd.level()).isEqualTo(1);
        assertThat(icd.reason()).contains("median duplicate rate 8.0% > 5.0%");
        assertThat(icd.descriptor()).startsWith("Service users often apply multiple times");
        assertThat(icd.evidence()).extracting(Evidence::display).contains("8.0%", "10.0%", "80.0%");
        assertThat(a.get(2).level()).isEqualTo(1);
    }

    @Test
    void assess_cleanCodedLinkedData_allLevel3() {
        List<MaturityAssessment> a = assessor.assess(List.of(dataset("a", 1000, 5, 1000, 900, 1000),
                dataset("b", 1000, 0, 990, 800, 1000)), overlap(0.005));

        assertThat(a).extracting(MaturityAssessment::level).containsExactly(3, 3, 3);
        assertThat(a.get(1).descriptor()).contains("corporate data standards");
    }

    @Test
    void assess_inBetween_level2NamesTheFailedLevel3Condition() {
        List<MaturityAssessment> a = assessor.assess(List.of(dataset("a", 100, 3, 60, 40, 100),
                dataset("b", 100, 2, 60, 40, 100)), overlap(0.02));

        assertThat(a).extracting(MaturityAssessment::level).containsExactly(2, 2, 2);
        assertThat(a.get(0).reason()).contains("UPRN coverage 60.0% < 95.0%").contains("linked share 40.0% < 50.0%");
        assertThat(a.get(0).rule()).isEqualTo("Level 1 if median duplicate rate > 5.0% or linked share < 20.0%;"
                + " Level 3 if highest duplicate rate <= 1.0% and UPRN coverage >= 95.0% and linked share >= 50.0%;"
                + " otherwise Level 2.");
    }

    @Test
    void assess_oneDirtyDataset_causeNamesItAndTheRecordsToResolve() {
        List<MaturityAssessment> a = assessor.assess(List.of(dataset("council_tax", 1000, 5, 1000, 900, 1000),
                dataset("social_care", 500, 31, 0, 400, 1000), dataset("school_admissions", 200, 6, 0, 150, 1000)),
                overlap(0.0));
        MaturityAssessment icd = a.get(0);

        assertThat(icd.level()).isEqualTo(2);
        assertThat(icd.reason()).contains("Level 3 not met: social care's duplicate rate 6.2% > 1.0%")
                .contains("school admissions' duplicate rate 3.0% > 1.0%").doesNotContain("council tax's");
        Cause dup = icd.causes().stream().filter(c -> c.measure().equals("max_duplicate_rate")).findFirst()
                .orElseThrow();
        // 31 duplicates in 500 records; at most 1% = 5 allowed: 26 to resolve; school admissions 6 - 2 = 4
        assertThat(dup.datasets()).extracting(Cause.DatasetFigure::dataset)
                .containsExactly("social_care", "school_admissions");
        assertThat(dup.datasets()).extracting(Cause.DatasetFigure::toFix).containsExactly(26L, 4L);
        assertThat(icd.nextLevel()).startsWith("To reach Level 3:").contains("social care: 26 duplicate records");
        MaturityAssessment cs = a.get(1);
        assertThat(cs.level()).isEqualTo(1);
        assertThat(cs.reason()).contains("school admissions and social care carry a UPRN on fewer than 50.0%");
        assertThat(cs.nextLevel()).startsWith("To reach Level 2:");
        assertThat(a.stream().filter(x -> x.level() == 3).flatMap(x -> x.causes().stream())).isEmpty();
    }

    @Test
    void thresholds_fromYaml_overrideOnlyGivenKeys() throws Exception {
        MaturityThresholds t = new ObjectMapper(new YAMLFactory())
                .readValue("icd_l1_median_duplicate_rate: 0.10\n", MaturityThresholds.class);

        assertThat(t.icdL1MedianDuplicateRate()).isEqualTo(0.10);
        assertThat(t.icdL3UprnCoverage()).isEqualTo(0.95);
        List<MaturityAssessment> a = new MaturityAssessor(t).assess(List.of(dataset("a", 100, 8, 100, 80, 100)),
                overlap(0.0));
        assertThat(a.get(0).level()).isEqualTo(2);
    }

    @Test
    void thresholds_outOfRange_isRejectedNamingTheKey() {
        assertThatThrownBy(() -> new MaturityThresholds(1.5, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null))
                .isInstanceOf(ResidentIndexException.class).hasMessageContaining("icd_l1_median_duplicate_rate");
    }
}
