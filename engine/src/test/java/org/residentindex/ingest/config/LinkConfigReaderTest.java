package org.residentindex.ingest.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ResidentIndexException;

class LinkConfigReaderTest {

    @TempDir
    Path dir;

    private final LinkConfigReader reader = new LinkConfigReader();

    private Path write(String yaml) throws IOException {
        Path sub = Files.createDirectories(dir.resolve("cfg"));
        return Files.writeString(sub.resolve("link.yaml"), yaml, StandardCharsets.UTF_8);
    }

    @Test
    void read_contractExample_allSettingsAndRelativePaths() throws IOException {
        Path file = write("""
                sources:
                  - name: council_tax
                    path: council_tax.csv
                    id: account_ref
                    delimiter: ","
                    encoding: UTF-8
                    date_format: dd/MM/yyyy
                    mapping:
                      given_name: forename
                      surname: surname
                      date_of_birth: dob
                    ignore: [notes]
                  - path: data/electoral_register.csv
                gazetteer: gazetteer.csv
                """);
        LinkConfig c = reader.read(file);
        assertThat(c.sources()).hasSize(2);
        SourceConfig ct = c.sources().get(0);
        assertThat(ct.name()).isEqualTo("council_tax");
        assertThat(ct.path()).isEqualTo(dir.resolve("cfg/council_tax.csv").toAbsolutePath());
        assertThat(ct.id()).isEqualTo("account_ref");
        assertThat(ct.dateFormat()).isEqualTo("dd/MM/yyyy");
        assertThat(ct.mapping()).containsEntry("given_name", "forename").hasSize(3);
        assertThat(ct.ignore()).containsExactly("notes");
        assertThat(c.sources().get(1).name()).isEqualTo("electoral_register");
        assertThat(c.gazetteer()).isEqualTo(dir.resolve("cfg/gazetteer.csv").toAbsolutePath());
        assertThat(c.sourceFor(dir.resolve("cfg/../cfg/council_tax.csv"))).contains(ct);
    }

    @Test
    void read_unknownTopLevelKey_errorNamesKeyAndFile() throws IOException {
        Path file = write("sources: []\nlinkage:\n  threshold: 3\n");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ResidentIndexException.class)
                .hasMessageContaining("'linkage'").hasMessageContaining("link.yaml").hasMessageContaining("line 2");
    }

    @Test
    void read_unknownSourceKey_errorNamesKeyAndPath() throws IOException {
        Path file = write("sources:\n  - path: a.csv\n    delimeter: \";\"\n");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ResidentIndexException.class)
                .hasMessageContaining("'delimeter'").hasMessageContaining("sources[0]");
    }

    @Test
    void read_unknownCanonicalFieldInMapping_errorNamesField() throws IOException {
        Path file = write("sources:\n  - path: a.csv\n    mapping:\n      forename: first\n");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ResidentIndexException.class)
                .hasMessageContaining("'forename'");
    }

    @Test
    void read_sourceWithoutPath_error() throws IOException {
        Path file = write("sources:\n  - name: x\n");
        assertThatThrownBy(() -> reader.read(file)).hasMessageContaining("sources[0] has no 'path'");
    }

    @Test
    void read_missingFile_errorNamesPath() {
        assertThatThrownBy(() -> reader.read(dir.resolve("absent.yaml"))).isInstanceOf(ResidentIndexException.class)
                .hasMessageContaining("absent.yaml");
    }

    @Test
    void read_maturityAndInsightsSections_boundWithDefaultsForTheRest() throws IOException {
        Path file = write("sources: []\nmaturity:\n  icd_l3_max_duplicate_rate: 0.02\n"
                + "insights:\n  tenancies: council_housing\n");

        LinkConfig config = new LinkConfigReader().read(file);

        assertThat(config.maturity().icdL3MaxDuplicateRate()).isEqualTo(0.02);
        assertThat(config.maturity().icdL1LinkedShare()).isEqualTo(0.20);
        assertThat(config.insights().tenancies()).isEqualTo("council_housing");
    }

    @Test
    void read_noReportSections_defaults() throws IOException {
        LinkConfig config = new LinkConfigReader().read(write("sources: []\n"));

        assertThat(config.maturity()).isEqualTo(org.residentindex.insight.MaturityThresholds.defaults());
        assertThat(config.insights()).isEqualTo(org.residentindex.insight.InsightSources.defaults());
    }

    @Test
    void read_unknownMaturityKey_errorNamesKey() throws IOException {
        Path file = write("sources: []\nmaturity:\n  icd_l3_duplicate_rate: 0.02\n");

        assertThatThrownBy(() -> new LinkConfigReader().read(file))
                .hasMessageContaining("unknown key 'icd_l3_duplicate_rate'");
    }
}
