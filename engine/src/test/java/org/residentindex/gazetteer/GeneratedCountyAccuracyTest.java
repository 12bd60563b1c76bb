package org.residentindex.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.fixtures.CountyGenerator;
import org.residentindex.ingest.RejectSink;
import org.residentindex.ingest.SourceReader;
import org.residentindex.ingest.config.LinkConfig;
import org.residentindex.ingest.config.LinkConfigReader;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.model.CanonicalField;

/**
 * Accuracy on a generated county with known truth: precision and recall of exact+fuzzy per text-address
 * dataset, and the bundled score calibration against observed precision. The UPRN column some datasets carry
 * is removed so that the address alone is matched.
 *
 * <p>With {@code -Drix.calibration.out=FILE} (and optionally {@code -Drix.calibration.residents=50000}) the
 * test also writes a freshly fitted calibration table to FILE: that is how {@code calibration.tsv} is made.
 */
class GeneratedCountyAccuracyTest {

    static final List<String> DATASETS = List.of("electoral_register", "school_admissions", "social_care");

    @TempDir
    static Path dir;

    static Gazetteer gazetteer;
    static final Map<String, List<Observation>> RESULTS = new HashMap<>();

    /** One matched record: calibrated result, raw result, truth. */
    record Observation(AddressMatch calibrated, AddressMatch raw, long truth) {
        boolean bestIsTrue() {
            long best = raw.uprn() != 0 ? raw.uprn()
                    : raw.alternatives().isEmpty() ? 0 : raw.alternatives().get(0).uprn();
            return best == truth;
        }
    }

    @BeforeAll
    static void generateAndMatch() throws IOException {
        int residents = Integer.getInteger("rix.calibration.residents", 5000);
        CountyGenerator.builder().residents(residents).seed(42).build().generate(dir);
        gazetteer = Gazetteer.open(dir.resolve("gazetteer.csv"), GazetteerOptions.defaults());
        Map<String, Long> truth = truth(dir.resolve("truth.csv"));
        LinkConfig config = new LinkConfigReader().read(dir.resolve("link.yaml"));
        AddressMatcher calibrated = AddressMatcher.of(gazetteer);
        AddressMatcher raw = new DefaultAddressMatcher(gazetteer, ScoreCalibration.identity(), 10_000);
        for (String name : DATASETS) {
            SourceConfig source = config.sourceFor(dir.resolve(name + ".csv")).orElseThrow();
            List<Observation> out = new ArrayList<>();
            new SourceReader().read(source, r -> {
                Map<CanonicalField, String> fields = new EnumMap<>(CanonicalField.class);
                fields.putAll(r.values());
                fields.remove(CanonicalField.UPRN);
                out.add(new Observation(calibrated.matchFields(fields), raw.matchFields(fields),
                        truth.getOrDefault(name + "|" + r.recordId(), 0L)));
            }, RejectSink.discarding());
            RESULTS.put(name, out);
        }
        String calibrationOut = System.getProperty("rix.calibration.out");
        if (calibrationOut != null) {
            Files.writeString(Path.of(calibrationOut), fit().toTsv(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void close() {
        gazetteer.close();
    }

    private static Map<String, Long> truth(Path csv) throws IOException {
        Map<String, Long> t = new HashMap<>();
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
            for (CSVRecord r : p) {
                if (!r.get("uprn").isBlank()) {
                    t.put(r.get("source") + "|" + r.get("record_id"), Long.parseLong(r.get("uprn")));
                }
            }
        }
        return t;
    }

    /** Isotonic fit of "the best candidate is the true property" on raw strength, over all decided records. */
    static ScoreCalibration fit() {
        List<Observation> all = RESULTS.values().stream().flatMap(List::stream)
                .filter(o -> o.raw().status() != MatchStatus.NONE && o.truth() != 0).toList();
        double[] raw = all.stream().mapToDouble(o -> o.raw().score()).toArray();
        boolean[] ok = new boolean[all.size()];
        for (int i = 0; i < ok.length; i++) {
            ok[i] = all.get(i).bestIsTrue();
        }
        return ScoreCalibration.fit(raw, ok);
    }

    @Test
    void exactAndFuzzy_eachTextDataset_precisionAtLeast995RecallAtLeast98() {
        for (String name : DATASETS) {
            List<Observation> obs = RESULTS.get(name);
            long withTruth = obs.stream().filter(o -> o.truth() != 0).count();
            long matched = obs.stream().filter(o -> o.truth() != 0 && o.calibrated().status().isMatch()).count();
            long correct = obs.stream().filter(o -> o.calibrated().status().isMatch()
                    && o.calibrated().uprn() == o.truth()).count();
            double precision = (double) correct / matched;
            double recall = (double) correct / withTruth;
            System.out.printf(Locale.ROOT, "generated %s: matched %d of %d with truth, P=%.4f R=%.4f%n", name,
                    matched, withTruth, precision, recall);
            assertThat(withTruth).as(name).isGreaterThan(100);
            assertThat(precision).as(name + String.format(Locale.ROOT, " P=%.4f R=%.4f", precision, recall))
                    .isGreaterThanOrEqualTo(0.995);
            assertThat(recall).as(name + String.format(Locale.ROOT, " P=%.4f R=%.4f", precision, recall))
                    .isGreaterThanOrEqualTo(0.98);
        }
    }

    @Test
    void bundledCalibration_scoreBuckets_closeToObservedPrecisionAndNeverOverConfident() {
        // Buckets of the calibrated score with enough records. Full evidence: mean score within 0.05 of the
        // observed precision. Partial evidence (bounded by the adversarial set, which generated data does not
        // reach): never over-confident, mean score at most 0.05 above the observed precision.
        int checked = 0;
        for (boolean partial : new boolean[] {false, true}) {
            double[][] buckets = new double[10][3];
            for (List<Observation> obs : RESULTS.values()) {
                for (Observation o : obs) {
                    if (o.calibrated().status().isMatch() && o.truth() != 0
                            && o.calibrated().reason().contains("evidence=partial") == partial) {
                        int b = Math.min((int) (o.calibrated().score() * 10), 9);
                        buckets[b][0] += o.calibrated().score();
                        buckets[b][1] += o.calibrated().uprn() == o.truth() ? 1 : 0;
                        buckets[b][2]++;
                    }
                }
            }
            for (double[] b : buckets) {
                if (b[2] >= 30) {
                    double score = b[0] / b[2];
                    double precision = b[1] / b[2];
                    if (partial) {
                        assertThat(score).isLessThanOrEqualTo(precision + 0.05);
                    } else {
                        assertThat(score).isCloseTo(precision, org.assertj.core.api.Assertions.within(0.05));
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void rawStrength_higherBuckets_neverLessPrecise() {
        ScoreCalibration c = fit();
        double previous = 0;
        for (double r = 0; r <= 1.0; r += 0.01) {
            assertThat(c.apply(r)).isGreaterThanOrEqualTo(previous);
            previous = c.apply(r);
        }
    }
}
