package org.residentindex.server;

import java.nio.file.Path;
import org.residentindex.ResidentIndex;
import org.residentindex.fixtures.CountyGenerator;
import org.residentindex.ingest.config.LinkConfigReader;
import org.residentindex.live.LiveIndex;

/** A small generated county, linked in batch and built into a live index, for the server tests. */
final class TestIndex {

    private TestIndex() {
    }

    /** Generates, links and builds into {@code dir/idx}; returns the index folder. */
    static Path build(Path dir, int residents, long seed) {
        Path county = dir.resolve("county");
        CountyGenerator.builder().residents(residents).seed(seed).build().generate(county);
        Path run = dir.resolve("run");
        ResidentIndex.builder().config(new LinkConfigReader().read(county.resolve("link.yaml")))
                .configFile(county.resolve("link.yaml")).threads(2).build().link(run);
        Path idx = dir.resolve("idx");
        LiveIndex.build(run, idx, LiveIndex.Options.defaults());
        return idx;
    }
}
