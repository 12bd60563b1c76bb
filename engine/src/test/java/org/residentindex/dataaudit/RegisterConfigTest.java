package org.residentindex.dataaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ResidentIndexException;
import org.residentindex.ingest.config.LinkConfig;
import org.residentindex.ingest.config.LinkConfigReader;

/** The register's owner, purpose and lawful basis come from link.yaml; missing ones get a template to fill in. */
class RegisterConfigTest {

    @TempDir
    Path dir;

    private LinkConfig write(String yaml) throws IOException {
        Files.writeString(dir.resolve("a.csv"), "ref,forename,surname,dob,postcode,ethnic_origin\n"
                + "A1,Siân,Jones,01/02/1980,SA31 1AB,White Welsh\n"
                + "A2,Dai,Evans,,SA311AB,\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.csv"), "id,name,dob\nB1,\"JONES, Siân\",1980-02-01\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("link.yaml"), yaml, StandardCharsets.UTF_8);
        return new LinkConfigReader().read(dir.resolve("link.yaml"));
    }

    @Test
    void linkYaml_ownerPurposeLawfulBasis_reachTheRegister_andOnlyMissingOnesGoToTheTemplate() throws IOException {
        LinkConfig config = write("""
                sources:
                  - name: a
                    path: a.csv
                    id: ref
                    owner: Revenues and Benefits
                    purpose: "Council tax billing and collection"
                    lawful_basis: "UK GDPR Article 6(1)(c) legal obligation"
                  - name: b
                    path: b.csv
                    owner: Adult Social Care
                """);
        DataAudit audit = new DataAuditor().audit(config, null, LocalDate.of(2026, 4, 1));
        DatasetEntry a = audit.datasets().get(0);
        assertThat(a.owner()).isEqualTo("Revenues and Benefits");
        assertThat(a.purpose()).isEqualTo("Council tax billing and collection");
        assertThat(a.lawfulBasis()).isEqualTo("UK GDPR Article 6(1)(c) legal obligation");
        assertThat(a.governanceComplete()).isTrue();
        assertThat(audit.missingGovernance()).containsExactly("b");
        String template = DataAuditWriter.template(audit);
        assertThat(template).contains("- name: b", "owner: \"Adult Social Care\"", "purpose: \"\"")
                .doesNotContain("name: a");
        assertThat(audit.collection()).isEmpty();
    }

    @Test
    void register_ethnicityColumn_isSpecialCategory_andFormatsAreCountedPerValue() throws IOException {
        LinkConfig config = write("sources:\n  - name: a\n    path: a.csv\n    id: ref\n");
        DataAudit audit = new DataAuditor().audit(config, null, LocalDate.of(2026, 4, 1));
        DatasetEntry a = audit.datasets().get(0);
        assertThat(a.specialCategories()).containsExactly("ethnicity");
        assertThat(a.otherColumns()).extracting(OtherColumn::column).containsExactly("ethnic_origin");
        assertThat(a.formats().get(StandardItem.POSTCODE_FORMAT)).containsEntry("upper_spaced", 1L)
                .containsEntry("upper_compact", 1L);
        assertThat(a.item(DataItem.DATE_OF_BIRTH).completeness()).isEqualTo(0.5);
        StandardRow pc = audit.standard().stream().filter(r -> r.item() == StandardItem.POSTCODE_FORMAT)
                .findFirst().orElseThrow();
        assertThat(pc.conformance()).containsEntry("a", 0.5);
    }

    @Test
    void linkYaml_unknownSourceKey_isStillAnError() throws IOException {
        assertThatThrownBy(() -> write("sources:\n  - path: a.csv\n    owners: x\n"))
                .isInstanceOf(ResidentIndexException.class).hasMessageContaining("owners");
    }

    @Test
    void audit_runOfOtherSources_isAClearError_andAPartlyMatchingRunCountsTheRest() throws IOException {
        LinkConfig config = write("sources:\n  - name: a\n    path: a.csv\n    id: ref\n");
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("entities.csv"), "source,record_id,entity_id\nother,X1,E1\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new DataAuditor().audit(config, run, LocalDate.of(2026, 4, 1)))
                .isInstanceOf(ResidentIndexException.class).hasMessageContaining("lists none of the 2 records");
        Files.writeString(run.resolve("entities.csv"), "source,record_id,entity_id\na,A1,E1\n",
                StandardCharsets.UTF_8);
        DataAudit audit = new DataAuditor().audit(config, run, LocalDate.of(2026, 4, 1));
        assertThat(audit.notInRun()).isEqualTo(1);
        assertThat(audit.residents()).isEqualTo(2);
        assertThat(new RegisterHtml(Messages.of("en")).render(audit))
                .contains("1 records are not in the run&rsquo;s entities.csv");
    }

    @Test
    void audit_runWithoutEntities_isAClearError() throws IOException {
        LinkConfig config = write("sources:\n  - name: a\n    path: a.csv\n    id: ref\n");
        assertThatThrownBy(() -> new DataAuditor().audit(config, dir, LocalDate.of(2026, 4, 1)))
                .isInstanceOf(ResidentIndexException.class).hasMessageContaining("entities.csv");
        assertThat(List.of(dir.toFile().list())).doesNotContain("entities.csv");
    }
}
