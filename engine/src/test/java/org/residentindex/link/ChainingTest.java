package org.residentindex.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ResidentIndex;
import org.residentindex.cluster.ClusterConstraints;
import org.residentindex.cluster.Clustering;
import org.residentindex.cluster.ConnectedComponentsClusterer;
import org.residentindex.cluster.EntityFile;
import org.residentindex.cluster.RecordKey;
import org.residentindex.cluster.ScoredPairs;
import org.residentindex.evaluate.LinkMetrics;
import org.residentindex.evaluate.Evaluation;
import org.residentindex.evaluate.TruthSet;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.score.MatchThresholds;
import org.residentindex.score.ModelFile;
import org.residentindex.score.SavedModel;

/**
 * A file built to chain: few distinct names (many namesakes) and most fields missing on many rows, so weak
 * name-only links join different people. Transitive closure of the same links collapses them; the pipeline's
 * clustering must keep cluster precision close to the precision of its links.
 */
class ChainingTest {

    @TempDir
    Path dir;

    private static void readLinks(Path file, LinkMetrics links, ScoredPairs scored, Map<RecordKey, Integer> ordinal)
            throws IOException {
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                RecordKey a = new RecordKey(rec.get(0), rec.get(1));
                RecordKey b = new RecordKey(rec.get(2), rec.get(3));
                links.add(a, b);
                scored.add(ordinal.get(a), ordinal.get(b), Double.parseDouble(rec.get(4)));
            }
        }
    }

    @Test
    void link_namesakesWithMissingFields_clusterPrecisionStaysNearLinkPrecision() throws IOException {
        String[] given = {"david", "sian", "rhys", "megan", "john", "mary", "gareth", "ffion", "owain", "cerys",
            "huw", "eleri", "gethin", "angharad", "dylan", "nia"};
        String[] surnames = {"jones", "davies", "williams", "evans", "thomas", "roberts", "hughes", "lewis", "morgan",
            "griffiths", "edwards", "lloyd"};
        SplittableRandom r = new SplittableRandom(5);
        StringBuilder csv = new StringBuilder("ref,forename,surname,dob,address_1,postcode\n");
        Map<RecordKey, String> truth = new HashMap<>();
        int row = 0;
        for (int p = 0; p < 600; p++) {
            String g = given[r.nextInt(given.length)];
            String s = surnames[r.nextInt(surnames.length)];
            String dob = LocalDate.of(1940 + r.nextInt(60), 1 + r.nextInt(12), 1 + r.nextInt(28)).toString();
            String address = (1 + r.nextInt(80)) + " station road";
            String postcode = String.format(java.util.Locale.ROOT, "SA%d %dAB", 14 + r.nextInt(4), 1 + r.nextInt(9));
            int copies = 1 + r.nextInt(3);
            for (int c = 0; c < copies; c++) {
                boolean sparse = r.nextInt(5) == 0;
                String ref = "r" + row++;
                csv.append(ref).append(',').append(g).append(',').append(s).append(',')
                        .append(sparse && r.nextBoolean() ? "" : dob).append(',')
                        .append(sparse ? "" : address).append(',').append(sparse ? "" : postcode).append('\n');
                truth.put(new RecordKey("namesakes", ref), "p" + p);
            }
        }
        Path file = dir.resolve("namesakes.csv");
        Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
        Path first = dir.resolve("first");
        ResidentIndex.builder().sources(List.of(SourceConfig.of(file))).build().link(first);
        // A user-chosen low threshold (as in the Duke experiment): lowered until links are wrong often enough
        // (precision under 0.9) for chains to form.
        SavedModel trained = ModelFile.load(first.resolve("model.json"));
        TruthSet truthSet = new TruthSet(truth);
        List<RecordKey> keys = new ArrayList<>(new java.util.TreeSet<>(truth.keySet()));
        Map<RecordKey, Integer> ordinal = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            ordinal.put(keys.get(i), i);
        }
        Path out = null;
        ScoredPairs scored = null;
        double linkPrecision = 1.0;
        for (double threshold = 0; threshold >= -30 && linkPrecision >= 0.9; threshold -= 1) {
            Path lowered = dir.resolve("lowered" + (int) -threshold + ".json");
            ModelFile.save(new SavedModel(trained.model(), new MatchThresholds(threshold, threshold),
                    trained.termFrequencies()), lowered);
            out = dir.resolve("out" + (int) -threshold);
            ResidentIndex.builder().sources(List.of(SourceConfig.of(file))).model(lowered).build().link(out);
            LinkMetrics links = new LinkMetrics(truthSet, false);
            scored = new ScoredPairs();
            readLinks(out.resolve("links.csv"), links, scored, ordinal);
            linkPrecision = links.metrics().precision();
        }
        double clusterPrecision = Evaluation.of(EntityFile.read(out.resolve("entities.csv")), truthSet).pairwise()
                .precision();
        Clustering closure = new ConnectedComponentsClusterer().cluster(keys.size(), scored, ClusterConstraints.none());
        Map<RecordKey, String> closed = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            closed.put(keys.get(i), "c" + closure.clusterOf(i));
        }
        double closurePrecision = Evaluation.of(closed, truthSet).pairwise().precision();

        assertThat(linkPrecision).as("the file must produce wrong links to test anything").isLessThan(0.9);
        assertThat(clusterPrecision).as("cluster precision vs link precision %.3f (closure %.3f)", linkPrecision,
                closurePrecision).isGreaterThanOrEqualTo(linkPrecision - 0.05);
        assertThat(clusterPrecision).isGreaterThan(closurePrecision);
    }
}
