package org.residentindex.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ResidentIndex;
import org.residentindex.cluster.EntityFile;
import org.residentindex.fixtures.CountyGenerator;
import org.residentindex.ingest.config.LinkConfigReader;

/** {@code rix link} writes residents.csv: one golden record per resident, masked unless asked. */
class ResidentsFileTest {

    @TempDir
    Path dir;

    @Test
    void link_writesResidentsCsv_maskedByDefault_fullWhenAsked() throws Exception {
        Path county = dir.resolve("county");
        CountyGenerator.builder().residents(300).seed(3).build().generate(county);
        Path run = dir.resolve("run");
        ResidentIndex.builder().config(new LinkConfigReader().read(county.resolve("link.yaml")))
                .configFile(county.resolve("link.yaml")).residentsFile(true).build().link(run);
        List<String> masked = Files.readAllLines(run.resolve(ResidentsFile.FILE), StandardCharsets.UTF_8);
        long residents = EntityFile.read(run.resolve("entities.csv")).values().stream().distinct().count();
        assertThat(masked).hasSize((int) residents + 1);
        assertThat(masked.get(0)).startsWith("resident_id,records,sources,given_name,given_name_from");
        // masked: initials only, year of birth only
        String row = masked.get(1);
        String[] cells = row.split(",", -1);
        assertThat(cells[3]).matches("(\\p{Lu}\\.)?");
        assertThat(cells[9]).matches("(\\d{4})?");
        ResidentsFile.write(run, true);
        List<String> full = Files.readAllLines(run.resolve(ResidentsFile.FILE), StandardCharsets.UTF_8);
        assertThat(full).hasSameSizeAs(masked);
        assertThat(String.join("\n", full)).matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*");
    }
}
