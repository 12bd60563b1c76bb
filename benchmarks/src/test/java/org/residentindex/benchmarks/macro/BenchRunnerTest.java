package org.residentindex.benchmarks.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The macro runner on a tiny county (500 residents, in-process): bench.json holds every stage and sensible
 * figures, bench.md the tables. Proves {@code rix bench} works without timing anything.
 */
class BenchRunnerTest {

    @TempDir
    static Path out;

    static BenchReport report;

    @BeforeAll
    static void run() {
        BenchRunner.Options o = new BenchRunner.Options(List.of(500), out, 7, 2, 300, true, List.of(), false);
        report = new BenchRunner().run(o, line -> { });
    }

    @Test
    void run_tinyCounty_writesJsonWithEveryEngineStage() throws Exception {
        JsonNode json = BenchJson.MAPPER.readTree(out.resolve(BenchReport.JSON).toFile());
        JsonNode size = json.get("results").get(0);
        assertThat(size.get("residents").asInt()).isEqualTo(500);
        List<String> stages = List.of("gazetteer", "read", "block", "index", "compare", "train", "score", "cluster");
        stages.forEach(s -> assertThat(size.get("stageSeconds").has(s)).as(s).isTrue());
        double sum = stages.stream().mapToDouble(s -> size.get("stageSeconds").get(s).asDouble()).sum();
        assertThat(size.get("totalSeconds").asDouble()).isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(json.get("machine").get("processors").asInt()).isPositive();
    }

    @Test
    void run_tinyCounty_figuresAreSensible() {
        SizeResult r = report.results().get(0);
        assertThat(r.records()).isGreaterThan(500);
        assertThat(r.totalSeconds()).isPositive();
        assertThat(r.recordsPerSecond()).isCloseTo(r.records() / r.totalSeconds(),
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(r.peakHeapBytes()).isPositive().isLessThanOrEqualTo(r.maxHeapBytes());
        assertThat(r.heapPoolPeakSumBytes()).isGreaterThanOrEqualTo(r.peakHeapBytes() / 2);
        assertThat(r.candidatePairs()).isPositive();
        assertThat(r.pairsPerRecord()).isCloseTo((double) r.candidatePairs() / r.records(),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.reductionRatio()).isBetween(0.0, 1.0);
        assertThat(r.f1()).isBetween(0.0, 1.0);
        assertThat(r.bcubedF1()).isBetween(0.0, 1.0);
        assertThat(r.precision()).isBetween(0.0, 1.0);
        assertThat(r.recall()).isBetween(0.0, 1.0);
        assertThat(r.entities()).isBetween(1L, r.records());
    }

    @Test
    void run_tinyCounty_harnessBlockingMatchesEngineAndFindsMostTruePairs() {
        SizeResult r = report.results().get(0);
        assertThat(r.candidatesMatchEngine()).isTrue();
        assertThat(r.truePairs()).isPositive();
        assertThat(r.truePairsInCandidates()).isBetween(0L, r.truePairs());
        assertThat(r.pairCompleteness()).isEqualTo((double) r.truePairsInCandidates() / r.truePairs());
        assertThat(r.pairCompleteness()).isGreaterThan(0.9);
    }

    @Test
    void run_tinyCounty_baselineComparesAllPairsOfTheSample() {
        Baseline b = report.results().get(0).baseline();
        long n = b.sampleRecords();
        assertThat(n).isGreaterThanOrEqualTo(300);
        assertThat(b.allPairs()).isEqualTo(n * (n - 1) / 2);
        assertThat(b.blockedPairs()).isBetween(1L, b.allPairs());
        assertThat(b.reductionRatio()).isEqualTo(1.0 - (double) b.blockedPairs() / b.allPairs());
        assertThat(b.truePairs()).isPositive();
        assertThat(b.truePairsMissed()).isBetween(0L, b.truePairs());
        assertThat(b.modelLinksMissed()).isBetween(0L, b.modelLinks());
        assertThat(b.modelLinks()).isPositive();
    }

    @Test
    void run_tinyCounty_markdownHasTheTablesAndDeletesWorkData() throws Exception {
        String md = Files.readString(out.resolve(BenchReport.MARKDOWN), StandardCharsets.UTF_8);
        assertThat(md).contains("| residents | records | read s | gazetteer s | block s")
                .contains("pair completeness").contains("true pairs missed by blocking").contains("| 500 |");
        assertThat(out.resolve("work-500")).doesNotExist();
    }

    @Test
    void run_tinyCounty_heapIsAttributedToEveryTimedStage() {
        SizeResult r = report.results().get(0);
        assertThat(r.heapByStageBytes().keySet()).containsExactlyElementsOf(r.stageSeconds().keySet());
        assertThat(r.heapByStageBytes().values()).allSatisfy(v -> assertThat(v).isBetween(0L, r.peakHeapBytes()));
        assertThat(r.heapByStageBytes().get("read")).isPositive();
        assertThat(report.failures()).isEmpty();
    }

    @Test
    void markdown_failedSize_listsHowFarItGot() {
        SizeFailure f = new SizeFailure(1_000_000, 1, 4L << 30, 1_585_169, 40.0, 130.5,
                new java.util.LinkedHashMap<>(java.util.Map.of("read", 95.25)),
                "java.lang.OutOfMemoryError: Java heap space at KeyBlocker.emit", 4L << 30, 5L << 30);
        String md = new BenchReport(report.machine(), report.results(), List.of(f)).markdown();
        assertThat(md).contains("Failed sizes:").contains("| 1,000,000 | 1,585,169 | 4,096 | 130.5 | read 95.3 |")
                .contains("OutOfMemoryError: Java heap space at KeyBlocker.emit");
    }

    @Test
    void describe_engineException_namesEngineFramesOnly() {
        Throwable t = new IllegalStateException("boom");
        t.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.util.Arrays", "copyOf", "Arrays.java", 1),
            new StackTraceElement("org.residentindex.block.KeyBlocker$LongList", "add", "KeyBlocker.java", 2),
            new StackTraceElement("org.residentindex.block.KeyBlocker", "emit", "KeyBlocker.java", 3),
            new StackTraceElement("org.residentindex.benchmarks.macro.MacroBenchmark", "run", "M.java", 4)});
        assertThat(SizeFailure.describe(t))
                .isEqualTo("java.lang.IllegalStateException: boom at KeyBlocker$LongList.add < KeyBlocker.emit");
    }

    @Test
    void read_writtenReport_roundTrips() {
        assertThat(BenchReport.read(out.resolve(BenchReport.JSON))).isEqualTo(report);
    }

    @Test
    void options_noSizes_rejected() {
        assertThatThrownBy(() -> new BenchRunner.Options(List.of(), out, 1, 1, 10, true, List.of(), false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
