package org.residentindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ingest.config.LinkConfig;
import org.residentindex.ingest.config.LinkConfigReader;
import org.residentindex.ingest.config.SourceConfig;

/** The command-line options a first run needs: per-source --map/--id, --strict, rix fields, --write-config. */
class FirstRunOptionsTest extends CliTest {

    @TempDir
    Path dir;

    private Path tenants;
    private Path electors;

    @BeforeEach
    void files() throws IOException {
        tenants = Files.writeString(dir.resolve("tenants.csv"), """
                Housing tenancies extract,,,
                Tenant Ref,Tenant Name,D.O.B,Post Code
                T1,Mr JOHN SMITH,12-Mar-1985,SA31 1AB
                T2,"JONES, Mary",02/11/1990,SA31 1AD
                T3,Ann Rees,01/01/1970,SA31 1AE
                """, StandardCharsets.UTF_8);
        electors = Files.writeString(dir.resolve("electors.csv"), """
                ElectorNumber;ElectorForename;ElectorSurname;col4
                E1;John;Smith;SA31 1AB
                E2;Mary;Jones;SA31 1AD
                E3;Ann;Rees;SA31 1AE
                E4;Huw;Price;SA31 1AF
                E5;Sian;Evans;SA31 1AG
                """, StandardCharsets.UTF_8);
    }

    @Test
    void fields_listsEveryCanonicalField() {
        assertThat(run("fields")).isZero();
        assertThat(out.toString()).contains("given_name").contains("full_name").contains("Tenant Name")
                .contains("date_of_birth");
        out.getBuffer().setLength(0);
        assertThat(run("fields", "--markdown")).isZero();
        assertThat(out.toString()).startsWith("| field |").contains("| `uprn` |");
    }

    @Test
    void link_unknownMapField_usageErrorSuggestsNearest() {
        assertThat(run("link", tenants.toString(), "--map", "name=Tenant Name", "--out", dir.resolve("o").toString()))
                .isEqualTo(Rix.USAGE);
        assertThat(err.toString()).contains("unknown canonical field 'name'").contains("did you mean 'full_name'")
                .contains("Valid fields:");
    }

    @Test
    void link_perSourceMapAndId_appliedToThatSourceOnly() {
        assertThat(run("link", tenants.toString(), electors.toString(), "--map", "electors:postcode=col4", "--id",
                "tenants:Tenant Ref", "--out", dir.resolve("o").toString())).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("electors\\s+given_name, surname, postcode")
                .containsPattern("tenants\\s+full_name, date_of_birth, postcode");
        assertThat(err.toString()).contains("no date of birth column found").contains("source 'electors'")
                .contains("title row above the header detected");
    }

    @Test
    void link_strict_warningsFailTheRun() {
        assertThat(run("link", tenants.toString(), electors.toString(), "--strict", "--out",
                dir.resolve("o").toString())).isEqualTo(Rix.FAILURE);
        assertThat(err.toString()).contains("--strict").contains("no date of birth");
        assertThat(dir.resolve("o").resolve("entities.csv")).doesNotExist();
    }

    @Test
    void profile_writeConfig_roundTripsAndRefusesToOverwrite() throws IOException {
        Path yaml = dir.resolve("link.yaml");
        assertThat(run("profile", tenants.toString(), electors.toString(), "--write-config", yaml.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("header:   line 2 (1 title row above it skipped)")
                .containsPattern("Tenant Name\\s+-> full_name\\s+header");
        LinkConfig c = new LinkConfigReader().read(yaml);
        SourceConfig t = c.sources().get(0);
        assertThat(t.path()).isEqualTo(tenants.toAbsolutePath().normalize());
        assertThat(t.id()).isEqualTo("Tenant Ref");
        assertThat(t.skipRows()).isEqualTo(1);
        assertThat(t.mapping()).containsEntry("full_name", "Tenant Name").containsEntry("date_of_birth", "D.O.B");
        assertThat(c.sources().get(1).mapping()).containsEntry("postcode", "col4");
        assertThat(Files.readString(yaml)).contains("# values").doesNotContain("SMITH").doesNotContain("SA31");
        assertThat(run("profile", tenants.toString(), "--write-config", yaml.toString())).isEqualTo(Rix.FAILURE);
        assertThat(err.toString()).contains("already exists");
        assertThat(run("link", "--config", yaml.toString(), "--out", dir.resolve("o").toString())).isZero();
    }
}
