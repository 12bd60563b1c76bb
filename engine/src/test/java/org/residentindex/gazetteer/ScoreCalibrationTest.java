package org.residentindex.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScoreCalibrationTest {

    @Test
    void fit_noisyObservations_givesMonotoneBucketPrecision() {
        double[] raw = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8};
        boolean[] ok = {false, true, false, false, true, true, true, true};
        ScoreCalibration c = ScoreCalibration.fit(raw, ok);
        assertThat(c.apply(0.1)).isEqualTo(0.0);
        assertThat(c.apply(0.3)).isEqualTo(1.0 / 3);
        assertThat(c.apply(0.8)).isEqualTo(1.0);
        double prev = -1;
        for (double r = 0; r <= 1; r += 0.05) {
            assertThat(c.apply(r)).isGreaterThanOrEqualTo(prev);
            prev = c.apply(r);
        }
    }

    @Test
    void toTsv_parsedBack_sameFunction() throws IOException {
        ScoreCalibration c = ScoreCalibration.fit(new double[] {0.2, 0.4, 0.9}, new boolean[] {false, true, true});
        ScoreCalibration back = ScoreCalibration.parse(
                new ByteArrayInputStream(c.toTsv().getBytes(StandardCharsets.UTF_8)));
        for (double r : new double[] {0.1, 0.3, 0.5, 0.95}) {
            assertThat(back.apply(r)).isEqualTo(c.apply(r));
        }
    }

    @Test
    void explain_levels_sumToPoints() {
        Comparison c = new Comparison(Comparison.Level.PC_UNIT, Comparison.Level.NUM_EXACT,
                Comparison.Level.SUFFIX_ONE_MISSING, Comparison.Level.ABSENT, Comparison.Level.NAME_QUERY_ONLY,
                Comparison.Level.STREET_NAME, Comparison.Level.TOWN_MATCH);
        double sum = 0;
        for (Comparison.Level l : c.levels()) {
            sum += l.weight();
        }
        assertThat(c.points()).isEqualTo(sum);
        assertThat(c.explain()).isEqualTo(
                "postcode=unit number=exact suffix=one_missing flat=absent name=query_only street=name town=match");
    }
}
