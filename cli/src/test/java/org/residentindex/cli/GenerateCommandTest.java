package org.residentindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest extends CliTest {

    @TempDir
    Path tmp;


    @Test
    void generate_smallCounty_writesFilesAndPrintsCounts() {
        Path dir = tmp.resolve("county");
        int code = run("generate", "--out", dir.toString(), "--residents", "500", "--seed", "3", "--snapshots", "2",
                "--typo-rate", "0.05", "--duplicate-rate", "0.03");
        assertThat(code).as(err.toString()).isZero();
        for (String f : new String[] {"gazetteer.csv", "council_tax.csv", "electoral_register.csv",
            "housing_tenancies.csv", "school_admissions.csv", "social_care.csv", "housing_benefit.csv", "truth.csv",
            "scenarios.csv", "link.yaml", "README.md", "snapshot2/truth.csv"}) {
            assertThat(Files.exists(dir.resolve(f))).as(f).isTrue();
        }
        assertThat(out.toString()).contains("Generated 500 residents", "council_tax.csv", "truth.csv", "Done in");
    }

    @Test
    void generate_badSnapshots_isUsageError() {
        int code = run("generate", "--out", tmp.toString(), "--snapshots", "3");
        assertThat(code).isEqualTo(Rix.USAGE);
        assertThat(err.toString()).contains("snapshots must be 1 or 2");
    }

    @Test
    void generate_missingOut_isUsageError() {
        assertThat(run("generate")).isEqualTo(Rix.USAGE);
        assertThat(err.toString()).contains("--out");
    }
}
