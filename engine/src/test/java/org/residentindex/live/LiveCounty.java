package org.residentindex.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.residentindex.ResidentIndex;
import org.residentindex.fixtures.CountyGenerator;
import org.residentindex.ingest.RejectSink;
import org.residentindex.ingest.SourceReader;
import org.residentindex.ingest.config.LinkConfig;
import org.residentindex.ingest.config.LinkConfigReader;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.model.SourceRecord;

/**
 * Test data for the live index: a generated county split into the first (1 − share) of each dataset's rows, linked
 * in batch, and the held-out last rows as {@link RecordInput}s in file order.
 */
final class LiveCounty {

    final Path county;
    final Path partRun;
    final List<RecordInput> heldOut = new ArrayList<>();

    private LiveCounty(Path county, Path partRun) {
        this.county = county;
        this.partRun = partRun;
    }

    static LiveCounty make(Path dir, int residents, long seed, double share) {
        Path county = dir.resolve("county");
        CountyGenerator.builder().residents(residents).seed(seed).build().generate(county);
        Path part = dir.resolve("part");
        LinkConfig config = new LinkConfigReader().read(county.resolve("link.yaml"));
        Set<String> held = new LinkedHashSet<>();
        try {
            Files.createDirectories(part);
            try (var files = Files.list(county)) {
                for (Path f : files.toList()) {
                    if (Files.isRegularFile(f)) {
                        Files.copy(f, part.resolve(f.getFileName()));
                    }
                }
            }
            for (SourceConfig s : config.sources()) {
                Path target = part.resolve(county.relativize(s.path().toAbsolutePath().normalize()).toString());
                List<String> lines = Files.readAllLines(s.path(), StandardCharsets.UTF_8);
                int keep = 1 + (int) Math.round((lines.size() - 1) * (1 - share));
                Files.write(target, lines.subList(0, keep), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LinkConfig partConfig = new LinkConfigReader().read(part.resolve("link.yaml"));
        Map<String, Set<String>> kept = new LinkedHashMap<>();
        SourceReader reader = new SourceReader();
        for (SourceConfig s : partConfig.sources()) {
            Set<String> ids = new LinkedHashSet<>();
            reader.read(s, r -> ids.add(r.recordId()), RejectSink.discarding());
            kept.put(s.name(), ids);
        }
        Path partRun = dir.resolve("part-run");
        ResidentIndex.builder().config(partConfig).configFile(part.resolve("link.yaml")).build().link(partRun);
        LiveCounty c = new LiveCounty(county, partRun);
        for (SourceConfig s : config.sources()) {
            reader.read(s, r -> {
                if (!kept.get(s.name()).contains(r.recordId())) {
                    c.heldOut.add(input(r));
                }
            }, RejectSink.discarding());
        }
        return c;
    }

    static RecordInput input(SourceRecord r) {
        Map<String, String> v = new LinkedHashMap<>();
        r.values().forEach((f, x) -> v.put(f.key(), x));
        v.putAll(r.other());
        return new RecordInput(r.source(), r.recordId(), v);
    }
}
