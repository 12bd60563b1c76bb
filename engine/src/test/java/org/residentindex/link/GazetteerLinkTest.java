package org.residentindex.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.LinkResult;
import org.residentindex.ResidentIndex;
import org.residentindex.fixtures.CountyGenerator;
import org.residentindex.ingest.config.LinkConfig;
import org.residentindex.ingest.config.LinkConfigReader;
import org.residentindex.report.RunManifest;

/** A small generated county linked with its gazetteer: UPRNs trusted or matched, counts, timings, run.json. */
class GazetteerLinkTest {

    @TempDir
    static Path dir;

    static Path county;
    static LinkConfig config;

    @BeforeAll
    static void county() throws IOException {
        county = dir.resolve("county");
        CountyGenerator.builder().residents(400).seed(3).build().generate(county);
        // one council-tax row carries a UPRN the gazetteer does not know
        Path ct = county.resolve("council_tax.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(ct, StandardCharsets.UTF_8));
        int column = List.of(lines.get(0).split(",", -1)).indexOf("property_ref");
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            if (!cells[column].isEmpty() && cells.length == lines.get(0).split(",", -1).length) {
                cells[column] = "999999999999";
                lines.set(i, String.join(",", cells));
                break;
            }
        }
        Files.write(ct, lines, StandardCharsets.UTF_8);
        config = new LinkConfigReader().read(county.resolve("link.yaml"));
    }

    private static LinkResult link(Path out, Clock clock, LinkConfig linkConfig) {
        return ResidentIndex.builder().config(linkConfig).configFile(county.resolve("link.yaml")).clock(clock)
                .threads(2).build().link(out);
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void link_withGazetteer_trustsKnownUprnsAndMatchesTheRest() {
        LinkResult r = link(dir.resolve("with"), at("2026-04-01T09:00:00Z"), config);
        LinkResult.GazetteerCounts g = r.gazetteer();
        assertThat(g.used()).isTrue();
        assertThat(g.givenUnknown()).as("the planted unknown UPRN").isEqualTo(1);
        assertThat(g.trusted()).isPositive();
        assertThat(g.matched().keySet()).containsExactly("exact", "fuzzy", "ambiguous", "parent_only", "none");
        long matched = g.matched().values().stream().mapToLong(Long::longValue).sum();
        assertThat(g.trusted() + matched).as("every record trusted or matched").isEqualTo(r.records());
        assertThat(g.uprnsMatched()).as("most records without a UPRN get one").isGreaterThan(matched * 8 / 10);
        assertThat(r.timings().keySet()).startsWith("gazetteer", "read");
    }

    @Test
    void link_withoutGazetteer_countsNothingAndStillTimesTheStage() {
        LinkResult r = link(dir.resolve("without"), at("2026-04-01T09:00:00Z"),
                new LinkConfig(config.sources(), null));
        assertThat(r.gazetteer().used()).isFalse();
        assertThat(r.gazetteer().trusted()).isZero();
        assertThat(r.timings()).containsKey("gazetteer");
    }

    @Test
    void link_gazetteerUprns_morePairsBlockedOnTheUprn() {
        LinkResult with = link(dir.resolve("uprn-with"), at("2026-04-01T09:00:00Z"), config);
        LinkResult without = link(dir.resolve("uprn-without"), at("2026-04-01T09:00:00Z"),
                new LinkConfig(config.sources(), null));
        assertThat(uprnPairs(with)).isGreaterThan(uprnPairs(without));
    }

    private static long uprnPairs(LinkResult r) {
        return r.blocking().stream().filter(b -> b.rule().equals(RecordFields.KEY_PREFIX + "uprn"))
                .mapToLong(LinkResult.BlockingCount::pairs).sum();
    }

    @Test
    void link_twiceWithOtherClocks_outputsIdenticalButForStarted() throws IOException {
        Path one = dir.resolve("clock-one");
        Path two = dir.resolve("clock-two");
        LinkResult r = link(one, at("2026-04-01T09:00:00Z"), config);
        link(two, at("2026-05-02T10:30:00Z"), config);
        for (String file : List.of("entities.csv", "links.csv", "review.csv", "model.json")) {
            assertThat(Files.readAllBytes(two.resolve(file))).as(file).isEqualTo(Files.readAllBytes(one.resolve(file)));
        }
        RunManifest m = RunManifest.read(one);
        assertThat(m.started()).isEqualTo("2026-04-01T09:00:00Z");
        assertThat(m.records()).isEqualTo(r.records());
        assertThat(m.config()).isEqualTo(county.resolve("link.yaml").toAbsolutePath().normalize().toString());
        assertThat(m.gazetteer()).isEqualTo(county.resolve("gazetteer.csv").toAbsolutePath().normalize().toString());
        assertThat(m.sources()).extracting(RunManifest.Source::name)
                .containsExactlyElementsOf(config.sources().stream().map(s -> s.name()).toList());
        assertThat(m.thresholds().link()).isEqualTo(LinkDefaults.thresholds().link());
        RunManifest later = RunManifest.read(two);
        assertThat(new RunManifest(later.schema(), later.config(), later.sources(), later.gazetteer(), later.truth(),
                m.started(), later.records(), later.thresholds(), later.integrity())).isEqualTo(m);
        assertThat(m.integrity().entities()).isEqualTo(r.records());
    }
}
