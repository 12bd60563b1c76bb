package org.residentindex.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adversarial edge-case set ({@code adversarial/gazetteer.csv}, {@code adversarial/cases.csv}; invented
 * English addresses, flat {@code uprn,address,postcode} gazetteer like the ones councils export): near-identical
 * flats, neighbours, the same house name on two roads, wrong and made-up postcodes, floor words written
 * differently on the two sides, business names before the number, fractions, ranges, suffixes, counties and
 * repeated localities. Each case has its truth (UPRN, or 0 when the address is not in the gazetteer or names
 * no single property) and what should come back ({@code match}, {@code parent} (the building, the flat not in
 * the gazetteer), {@code ambiguous}, {@code none}). Odd ids are
 * the calibration split (used to fit {@code calibration-messy.tsv}), even ids the evaluation split (never
 * used for fitting).
 */
class AdversarialSetTest {

    /** One case and its outcome. */
    record Outcome(int id, String kind, long truth, String expected, AddressMatch result, AddressMatch raw) {
        boolean calibration() {
            return id % 2 == 1;
        }

        /** The right outcome: the true UPRN matched, or no UPRN when there is none to find. */
        boolean correct() {
            if (expected.equals("match")) {
                return result.status().isMatch() && result.uprn() == truth;
            }
            if (expected.equals("parent")) {
                // the building is known, the flat is not: the building's UPRN, not as a flat match
                return result.status() == MatchStatus.PARENT_ONLY && result.uprn() == truth;
            }
            if (expected.equals("ambiguous")) {
                return result.status() == MatchStatus.AMBIGUOUS || result.status() == MatchStatus.PARENT_ONLY
                        && result.uprn() != 0;
            }
            return result.uprn() == 0;
        }

        /** A UPRN returned that is not the truth, or the building's UPRN returned as if it were the flat. */
        boolean wrong() {
            return result.uprn() != 0 && (result.uprn() != truth
                    || expected.equals("parent") && result.status().isMatch());
        }
    }

    @TempDir
    static Path dir;

    static Gazetteer gazetteer;
    static final List<Outcome> OUTCOMES = new ArrayList<>();

    @BeforeAll
    static void run() throws IOException {
        Path g = dir.resolve("gazetteer.csv");
        try (InputStream in = AdversarialSetTest.class.getResourceAsStream("adversarial/gazetteer.csv")) {
            Files.copy(in, g);
        }
        gazetteer = Gazetteer.open(g, GazetteerOptions.defaults());
        AddressMatcher calibrated = AddressMatcher.of(gazetteer);
        AddressMatcher raw = new DefaultAddressMatcher(gazetteer, ScoreCalibration.identity(), 1000);
        try (Reader r = new InputStreamReader(AdversarialSetTest.class.getResourceAsStream("adversarial/cases.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord c : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                String pc = c.get("postcode").isBlank() ? null : c.get("postcode");
                OUTCOMES.add(new Outcome(Integer.parseInt(c.get("id")), c.get("kind"),
                        Long.parseLong(c.get("truth_uprn")), c.get("expected"),
                        calibrated.match(c.get("address"), pc), raw.match(c.get("address"), pc)));
            }
        }
        String out = System.getProperty("rix.calibration.partial.out");
        if (out != null) {
            Files.writeString(Path.of(out), fitPartial().toTsv(FITTED_ON), StandardCharsets.UTF_8);
        }
    }

    static final String FITTED_ON = "Wilson 95% lower bound, isotonic blocks, adversarial calibration split,"
            + " partial evidence only";

    /**
     * The partial-evidence bound: over the calibration split's results (uncalibrated) that returned a UPRN on
     * partial evidence, raw strength against "that UPRN was the truth, with the right status".
     */
    static ScoreCalibration fitPartial() {
        List<Outcome> obs = OUTCOMES.stream().filter(Outcome::calibration)
                .filter(o -> o.raw().uprn() != 0 && o.raw().reason().contains("evidence=partial")).toList();
        double[] raw = obs.stream().mapToDouble(o -> o.raw().score()).toArray();
        boolean[] correct = new boolean[obs.size()];
        for (int i = 0; i < correct.length; i++) {
            Outcome o = obs.get(i);
            correct[i] = o.raw().uprn() == o.truth() && (o.expected().equals("parent")
                    ? o.raw().status() == MatchStatus.PARENT_ONLY : o.raw().status().isMatch());
        }
        return ScoreCalibration.fitLowerBound(raw, correct, 1.645);
    }

    @Test
    void bundledPartialCalibration_isTheFitOfTheCalibrationSplit() throws IOException {
        try (InputStream in = ScoreCalibration.class.getResourceAsStream(ScoreCalibration.PARTIAL_RESOURCE)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .as("refit with -Drix.calibration.partial.out=engine/src/main/resources/org/residentindex/"
                            + "gazetteer/calibration-partial.tsv")
                    .isEqualTo(fitPartial().toTsv(FITTED_ON));
        }
    }

    @AfterAll
    static void close() {
        gazetteer.close();
    }

    static double top1(List<Outcome> os) {
        return os.stream().filter(Outcome::correct).count() / (double) os.size();
    }

    static String table(List<Outcome> os) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "cases %d top-1 %.3f wrong %d max-wrong-score %.3f%n", os.size(),
                top1(os), os.stream().filter(Outcome::wrong).count(),
                os.stream().filter(Outcome::wrong).mapToDouble(o -> o.result().score()).max().orElse(0)));
        for (MatchStatus s : MatchStatus.values()) {
            List<Outcome> got = os.stream().filter(o -> o.result().status() == s).toList();
            long right = got.stream().filter(Outcome::correct).count();
            String exp = s.isMatch() ? "match" : s == MatchStatus.NONE ? "none"
                    : s == MatchStatus.PARENT_ONLY ? "parent" : "ambiguous";
            long relevant = os.stream().filter(o -> o.expected().equals(exp)).count();
            long found = os.stream().filter(o -> o.expected().equals(exp) && o.correct()
                    && (s.isMatch() ? o.result().status() == s : true)).count();
            b.append(String.format(Locale.ROOT, "  %-12s returned %3d precision %s recall(of expected %s) %s%n",
                    s.key(), got.size(), got.isEmpty() ? "  -  " : String.format(Locale.ROOT, "%.3f",
                            right / (double) got.size()), exp, String.format(
                                    Locale.ROOT, "%.3f", relevant == 0 ? 0 : found / (double) relevant)));
        }
        Map<String, int[]> kinds = new TreeMap<>();
        for (Outcome o : os) {
            int[] k = kinds.computeIfAbsent(o.kind(), x -> new int[2]);
            k[0]++;
            k[1] += o.correct() ? 1 : 0;
        }
        kinds.forEach((k, v) -> b.append(String.format(Locale.ROOT, "  kind %-14s %d/%d%n", k, v[1], v[0])));
        for (Outcome o : os) {
            if (!o.correct()) {
                b.append(String.format(Locale.ROOT, "  MISS %d %s truth=%d got=%d %s %.3f %s%n", o.id(), o.kind(),
                        o.truth(), o.result().uprn(), o.result().status().key(), o.result().score(),
                        o.result().reason()));
            }
        }
        return b.toString();
    }

    @Test
    void evaluationSplit_top1AtLeast080_noWrongAnswerAbove09() {
        List<Outcome> eval = OUTCOMES.stream().filter(o -> !o.calibration()).toList();
        List<Outcome> cal = OUTCOMES.stream().filter(Outcome::calibration).toList();
        System.out.println("adversarial evaluation split:\n" + table(eval));
        System.out.println("adversarial calibration split:\n" + table(cal));
        assertThat(top1(eval)).isGreaterThanOrEqualTo(0.80);
        assertThat(OUTCOMES).filteredOn(Outcome::wrong).allSatisfy(o -> assertThat(o.result().score())
                .as("case %d (%s)", o.id(), o.kind()).isLessThanOrEqualTo(0.9));
    }
}
