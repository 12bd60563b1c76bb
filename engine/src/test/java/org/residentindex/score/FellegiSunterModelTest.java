package org.residentindex.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.residentindex.ResidentIndexException;

class FellegiSunterModelTest {

    private static final List<ComparisonSpec> SPECS = List.of(
            ComparisonSpec.of("first_name", "exact", "fuzzy", "else"),
            ComparisonSpec.of("surname", "exact", "fuzzy", "else"),
            ComparisonSpec.of("dob", "exact", "else"));
    static final FellegiSunterModel MODEL = new FellegiSunterModel(SPECS,
            new double[][] {{0.85, 0.10, 0.05}, {0.8, 0.15, 0.05}, {0.95, 0.0}},
            new double[][] {{0.02, 0.05, 0.93}, {0.01, 0.04, 0.95}, {0.001, 0.999}}, 0.001);

    @Test
    void weight_isPriorPlusLog2BayesFactors_nullContributesNothing() {
        double expected = log2(0.001 / 0.999) + log2(0.85 / 0.02) + log2(0.95 / 0.001);

        assertThat(MODEL.weight(new int[] {0, -1, 0})).isCloseTo(expected, within(1e-12));
        assertThat(MODEL.weight(new int[] {-1, -1, -1})).isEqualTo(MODEL.prior());
    }

    @Test
    void explain_randomVectorsAndFrequencies_partsSumToTotal() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 1000; i++) {
            int[] vector = {random.nextInt(4) - 1, random.nextInt(4) - 1, random.nextInt(3) - 1};
            double[] tf = {random.nextDouble() * 0.1, random.nextBoolean() ? Double.NaN : random.nextDouble(), 1e-9};

            WeightExplanation explanation = MODEL.explain(vector, tf);

            assertThat(explanation.sumOfParts()).isCloseTo(explanation.total(), within(1e-9));
            assertThat(explanation.total()).isEqualTo(MODEL.weight(vector, tf));
            assertThat(explanation.contributions()).hasSize(3);
        }
    }

    @Test
    void explain_showsLevelsProbabilitiesAndTfTerm() {
        WeightExplanation explanation = MODEL.explain(new int[] {1, 0, -1}, new double[] {0.5, 0.05, Double.NaN});

        Contribution first = explanation.contributions().get(0);
        Contribution surname = explanation.contributions().get(1);
        assertThat(first.level()).isEqualTo("fuzzy");
        assertThat(first.tfAdjustment()).as("tf applies to exact agreement only").isZero();
        assertThat(surname.m()).isEqualTo(0.8);
        assertThat(surname.tfAdjustment()).isCloseTo(log2(0.01 / 0.05), within(1e-12));
        assertThat(explanation.contributions().get(2).level()).isEqualTo("null");
        assertThat(explanation.contributions().get(2).total()).isZero();
    }

    @Test
    void weight_termFrequency_commonSurnameWeighsLessThanRare() {
        TermFrequencies tf = TermFrequencies.builder().build();
        TermFrequencies.Builder builder = TermFrequencies.builder();
        for (int i = 0; i < 1000; i++) {
            builder.add("surname", i < 50 ? "jones" : "name" + (i % 400));
        }
        builder.add("surname", "gruffydd-prys");
        tf = builder.build();
        int[] agree = {2, 0, 0};

        double jones = MODEL.weight(agree, new double[] {Double.NaN, tf.frequency("surname", "jones"), Double.NaN});
        double rare = MODEL.weight(agree,
                new double[] {Double.NaN, tf.frequency("surname", "gruffydd-prys"), Double.NaN});
        double plain = MODEL.weight(agree);

        assertThat(tf.frequency("surname", "jones")).isCloseTo(50 / 1001.0, within(1e-12));
        assertThat(jones).isLessThan(plain).isLessThan(rare);
        assertThat(rare - jones).isCloseTo(log2(50.0), within(1e-9));
    }

    @Test
    void constructor_zeroProbabilities_flooredSoWeightsFinite() {
        double w = MODEL.weight(new int[] {2, 2, 1});

        assertThat(w).isFinite();
        assertThat(MODEL.levelWeight(2, 1)).isCloseTo(log2(1e-6 / 0.999), within(1e-9));
    }

    @Test
    void constructor_badShapes_throwNamingTheField() {
        assertThatThrownBy(() -> new FellegiSunterModel(SPECS, new double[][] {{1, 0, 0}, {1, 0, 0}, {1}},
                MODEL.u(), 0.1)).isInstanceOf(ResidentIndexException.class).hasMessageContaining("'dob'");
        assertThatThrownBy(() -> new FellegiSunterModel(SPECS, MODEL.m(), MODEL.u(), 1.0))
                .isInstanceOf(ResidentIndexException.class);
        assertThatThrownBy(() -> MODEL.weight(new int[] {0, 0, 2})).isInstanceOf(ResidentIndexException.class);
    }

    @Test
    void probability_roundTripsWeight() {
        assertThat(MatchModel.probabilityOf(MatchModel.weightOf(0.95))).isCloseTo(0.95, within(1e-12));
        assertThat(MatchModel.probabilityOf(0)).isEqualTo(0.5);
        assertThat(MatchModel.probabilityOf(5000)).isEqualTo(1.0);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
