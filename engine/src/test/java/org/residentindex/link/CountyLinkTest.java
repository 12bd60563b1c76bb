package org.residentindex.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ResidentIndex;
import org.residentindex.cluster.EntityFile;
import org.residentindex.cluster.RecordKey;
import org.residentindex.evaluate.Evaluation;
import org.residentindex.evaluate.TruthSet;
import org.residentindex.fixtures.CountyGenerator;
import org.residentindex.ingest.config.LinkConfigReader;

/**
 * The accuracy harness on a small generated county (six council datasets, its own link.yaml and truth), defaults
 * only: overall and per-dataset pairwise F1.
 */
class CountyLinkTest {

    @TempDir
    Path dir;

    @Test
    void link_generatedCounty_overallAndPerDatasetF1() {
        Path county = dir.resolve("county");
        CountyGenerator.builder().residents(3000).seed(7).build().generate(county);
        Path out = dir.resolve("out");
        ResidentIndex.builder().config(new LinkConfigReader().read(county.resolve("link.yaml"))).build().link(out);
        Map<RecordKey, String> predicted = EntityFile.read(out.resolve("entities.csv"));
        TruthSet truth = TruthSet.load(county.resolve("truth.csv"));
        Evaluation all = Evaluation.of(predicted, truth);
        // measured 0.9731 pairwise, 0.9880 B-cubed (seed 7, 3000 residents, 4817 records)
        assertThat(all.pairwise().f1()).as("overall pairwise F1").isGreaterThanOrEqualTo(0.97);
        assertThat(all.bcubed().f1()).as("overall B-cubed F1").isGreaterThanOrEqualTo(0.98);
        for (String source : new java.util.TreeSet<>(truth.entities().keySet().stream().map(RecordKey::source)
                .toList())) {
            Map<RecordKey, String> mine = new HashMap<>();
            Map<RecordKey, String> theirs = new HashMap<>();
            predicted.forEach((k, v) -> {
                if (k.source().equals(source)) {
                    mine.put(k, v);
                    theirs.put(k, truth.entityOf(k));
                }
            });
            // within one dataset: its duplicates found, its distinct residents kept apart
            assertThat(Evaluation.of(mine, new TruthSet(theirs)).bcubed().f1()).as(source).isGreaterThan(0.95);
        }
    }
}
