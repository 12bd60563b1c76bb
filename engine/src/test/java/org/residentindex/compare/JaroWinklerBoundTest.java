package org.residentindex.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

class JaroWinklerBoundTest {

    @Test
    void canReach_randomStrings_neverRejectsAPairThatReaches() {
        JaroWinklerSimilarity jw = new JaroWinklerSimilarity();
        SplittableRandom random = new SplittableRandom(7);
        int rejected = 0;
        for (int i = 0; i < 50_000; i++) {
            String a = word(random);
            String b = random.nextInt(3) == 0 ? mutate(a, random) : word(random);
            double s = jw.apply(a, b);
            for (double threshold : new double[] {0.88, 0.9, 0.92}) {
                boolean reach = JaroWinklerBound.canReach(a, b, threshold);
                if (s >= threshold) {
                    assertThat(reach).as("%s / %s (%.4f)", a, b, s).isTrue();
                }
                if (!reach) {
                    rejected++;
                }
            }
        }
        assertThat(rejected).as("the bound must skip most random pairs to be worth having").isGreaterThan(50_000);
    }

    private static String word(SplittableRandom random) {
        StringBuilder b = new StringBuilder();
        int len = 1 + random.nextInt(10);
        for (int i = 0; i < len; i++) {
            b.append((char) ('a' + random.nextInt(12)));
        }
        return b.toString();
    }

    private static String mutate(String a, SplittableRandom random) {
        StringBuilder b = new StringBuilder(a);
        int at = random.nextInt(b.length());
        b.setCharAt(at, (char) ('a' + random.nextInt(12)));
        return b.toString();
    }
}
