package org.residentindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.benchmarks.macro.BenchReport;
import org.residentindex.benchmarks.macro.SizeResult;

class BenchCommandTest extends CliTest {

    @TempDir
    Path tmp;


    @Test
    void bench_tinyCountyInChildJvm_writesReportAndPrintsTable() {
        int code = run("bench", "--residents", "400", "--out", tmp.toString(), "--sample", "200", "--threads", "2",
                "--xmx", "512m");
        assertThat(code).as(err.toString()).isZero();
        assertThat(tmp.resolve(BenchReport.MARKDOWN)).exists();
        assertThat(tmp.resolve("size-400.log")).exists();
        BenchReport report = BenchReport.read(tmp.resolve(BenchReport.JSON));
        assertThat(report.machine().childJvmArgs()).containsExactly("-Xmx512m", BenchCommand.PARALLEL_GC);
        SizeResult r = report.results().get(0);
        assertThat(r.residents()).isEqualTo(400);
        assertThat(r.maxHeapBytes()).isLessThanOrEqualTo(512L << 20);
        assertThat(r.stageSeconds()).containsKeys("read", "block", "compare", "score", "cluster");
        assertThat(r.f1()).isBetween(0.0, 1.0);
        assertThat(r.candidatesMatchEngine()).isTrue();
        assertThat(out.toString()).contains("| residents | records |", "| 400 |", "bench.json");
        assertThat(err.toString()).contains("size 400 residents");
    }

    @Test
    void bench_zeroResidents_isUsageError() {
        assertThat(run("bench", "--residents", "0", "--out", tmp.toString())).isEqualTo(Rix.USAGE);
        assertThat(Files.exists(tmp.resolve(BenchReport.JSON))).isFalse();
    }
}
