package org.residentindex.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ResidentIndex;
import org.residentindex.cluster.EntityFile;
import org.residentindex.evaluate.Evaluation;
import org.residentindex.evaluate.TruthSet;
import org.residentindex.ingest.config.SourceConfig;

/**
 * The accuracy harness on FEBRL, with defaults only: the record id column is named (it is never used as evidence)
 * and nothing else is set.
 */
class FebrlLinkTest {

    @TempDir
    Path out;

    private static Path febrl(String name) {
        String shared = System.getProperty("rix.shared.dir");
        assumeThat(shared).as("system property rix.shared.dir (set by surefire)").isNotNull();
        Path file = Path.of(shared, "data", "febrl", name);
        assumeThat(Files.exists(file)).as("FEBRL data at " + file).isTrue();
        return file;
    }

    private Evaluation link(String truth, String... files) {
        List<SourceConfig> sources = new ArrayList<>();
        for (String f : files) {
            sources.add(SourceConfig.of(febrl(f)).withId("rec_id"));
        }
        ResidentIndex.builder().sources(sources).build().link(out);
        return Evaluation.of(EntityFile.read(out.resolve("entities.csv")), TruthSet.load(febrl(truth)));
    }

    @Test
    void link_febrl4aAnd4b_pairwiseF1AtLeast0998() {
        Evaluation e = link("dataset4-truth.csv", "dataset4a.csv", "dataset4b.csv");
        assertThat(e.records()).isEqualTo(10_000);
        assertThat(e.pairwise().f1()).as("pairwise F1 (measured 0.9992)").isGreaterThanOrEqualTo(0.998);
    }

    @Test
    void link_febrl3Dedupe_clusterF1AtLeast099() {
        Evaluation e = link("dataset3-truth.csv", "dataset3.csv");
        assertThat(e.pairwise().f1()).as("pairwise F1 of the final clusters (measured 0.9986)")
                .isGreaterThanOrEqualTo(0.99);
    }
}
