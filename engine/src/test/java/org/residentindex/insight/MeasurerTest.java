package org.residentindex.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeasurerTest {

    private final Measurer measurer = new Measurer();

    private Population sample() {
        return new TestRecords("council_tax", "electoral_register")
                // resident A twice in council tax (a duplicate) and once on the register
                .add("council_tax", "CT1", "A", "Dafydd", "Jones", "1980-01-02", "SA31 1AB", "1", 100L)
                .add("council_tax", "CT2", "A", "Dai", "Jones", "1980-02-01", "SA31 1AB", "1", null)
                .add("council_tax", "CT3", "B", "Sian", "Evans", "bad", "bad", "2", null)
                .add("electoral_register", "ER1", "A", "David", "Jones", "1980-01-02", "SA31 1AB", "1", 100L)
                .add("electoral_register", "ER2", "C", "Huw", "Price", null, "SA31 1AB", "3", null)
                .population();
    }

    @Test
    void datasets_duplicateInSameDataset_countsRecordsBeyondOnePerResident() {
        DatasetMeasures ct = measurer.datasets(sample(), Map.of("council_tax", 4L)).get(0);

        assertThat(ct.records()).isEqualTo(3);
        assertThat(ct.rejected()).isEqualTo(4);
        assertThat(ct.residents()).isEqualTo(2);
        assertThat(ct.duplicateRecords()).isEqualTo(1);
        assertThat(ct.duplicateRate()).isEqualTo(0.3333);
        assertThat(ct.conflictingDob()).isEqualTo(1);
    }

    @Test
    void datasets_uprnAndLinkage_splitGivenUnmatchedAndLinkedShare() {
        List<DatasetMeasures> all = measurer.datasets(sample(), Map.of());
        DatasetMeasures ct = all.get(0);
        DatasetMeasures er = all.get(1);

        assertThat(ct.uprnGiven()).isEqualTo(1);
        assertThat(ct.uprnMatched()).isZero();
        assertThat(ct.uprnUnmatched()).isEqualTo(2);
        assertThat(ct.linkedToOther()).isEqualTo(2);
        assertThat(er.linkedShare()).isEqualTo(0.5);
        // CT1 is placed by UPRN, CT2 by address key: two properties for one resident
        assertThat(ct.multipleProperties()).isEqualTo(1);
    }

    @Test
    void datasets_fieldQuality_completenessAndValidity() {
        DatasetMeasures ct = measurer.datasets(sample(), Map.of()).get(0);
        FieldQuality postcode = ct.fields().get(0);
        FieldQuality dob = ct.fields().get(1);

        assertThat(postcode.field()).isEqualTo("postcode");
        assertThat(postcode.present()).isEqualTo(3);
        assertThat(postcode.valid()).isEqualTo(2);
        assertThat(dob.validity()).isEqualTo(0.6667);
        DatasetMeasures er = measurer.datasets(sample(), Map.of()).get(1);
        assertThat(er.fields().get(1).completeness()).isEqualTo(0.5);
    }

    @Test
    void overlap_residentsAcrossServices_matrixAndSpans() {
        ServiceOverlap o = measurer.overlap(sample());

        assertThat(o.uniqueResidents()).isEqualTo(3);
        assertThat(o.residentsByServices()).containsExactly(Map.entry("1", 2L), Map.entry("2", 1L),
                Map.entry("3+", 0L));
        assertThat(o.matrix()).containsExactly(List.of(2L, 1L), List.of(1L, 2L));
        assertThat(o.conflictingDob()).isEqualTo(1);
        assertThat(o.recordsPerResident()).isEqualTo(1.6667);
    }
}
