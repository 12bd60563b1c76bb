package org.residentindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.server.ServerConfig;
import org.residentindex.server.audit.AuditLog;

/** {@code rix index build}, {@code rix serve --add-key}, {@code rix audit verify|show}. */
class ServeCommandsTest extends CliTest {

    @TempDir
    Path dir;

    @Test
    void indexBuild_fromALinkRun_indexesEveryRecord() {
        Path county = dir.resolve("county");
        assertThat(run("generate", "--out", county.toString(), "--residents", "200", "--seed", "4")).isZero();
        assertThat(run("link", "--config", county.resolve("link.yaml").toString(), "--out",
                dir.resolve("run").toString(), "--residents-file")).isZero();
        assertThat(Files.exists(dir.resolve("run").resolve("residents.csv"))).isTrue();
        assertThat(run("index", "build", "--run", dir.resolve("run").toString(), "--index",
                dir.resolve("idx").toString())).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("indexed [0-9,]+ records");
        assertThat(run("index", "build", "--run", dir.resolve("run").toString(), "--index",
                dir.resolve("idx").toString())).as("an existing index is never overwritten").isEqualTo(Rix.FAILURE);
    }

    @Test
    void addKey_storesOnlyTheHash_andPrintsTheKeyOnce() throws Exception {
        Path cfg = dir.resolve("server.yaml");
        assertThat(run("serve", "--add-key", "ho-1:housing_officer", "--config", cfg.toString())).isZero();
        String key = out.toString().lines().findFirst().orElseThrow();
        assertThat(key).startsWith("rix_ho-1_");
        String stored = Files.readString(cfg, StandardCharsets.UTF_8);
        assertThat(stored).contains("pbkdf2-sha512$").doesNotContain(key.substring("rix_ho-1_".length()));
        assertThat(ServerConfig.read(cfg).keys()).hasSize(1);
        assertThat(run("serve", "--add-key", "x:no_such_role", "--config", cfg.toString())).isEqualTo(Rix.FAILURE);
    }

    @Test
    void audit_verifyAndShow_reportTheChainAndTheResidentsAccesses() throws Exception {
        Path log = dir.resolve("audit.jsonl");
        try (AuditLog a = new AuditLog(log)) {
            a.append(new AuditLog.Entry(0, "2026-12-03T10:00:00Z", "ho-1", "housing_officer", "housing_management",
                    "resident", 200, List.of("R00000007"), List.of(), List.of(), 1, null, null), true);
            a.append(new AuditLog.Entry(0, "2026-12-03T10:01:00Z", "sg-1", "safeguarding_officer", "safeguarding",
                    "search", 200, List.of("R00000008"), List.of(), List.of("surname"), 1, null, null), true);
        }
        assertThat(run("audit", "verify", "--log", log.toString())).isZero();
        assertThat(out.toString()).contains("audit chain intact: 2 entries");
        assertThat(run("audit", "show", "--log", log.toString(), "--resident", "R00000007")).isZero();
        assertThat(out.toString()).contains("housing_management").contains("1 entries name R00000007");
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        Files.write(log, List.of(lines.get(1)), StandardCharsets.UTF_8);
        assertThat(run("audit", "verify", "--log", log.toString())).isEqualTo(Rix.FAILURE);
        assertThat(out.toString()).contains("BROKEN at line 1");
    }
}
