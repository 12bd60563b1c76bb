package org.residentindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.fixtures.CountyGenerator;
import org.residentindex.link.RunFolder;

/**
 * Issue #12's table, row by row, run as a user runs {@code rix}: each test reproduces one row exactly (on a small
 * generated county) and asserts the new outcome — a clear error with nothing written, or a correct result with
 * nothing lost.
 */
class NothingLostTest extends CliTest {

    @TempDir
    static Path shared;

    static Path county;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() {
        county = shared.resolve("county");
        CountyGenerator.builder().residents(300).seed(12).build().generate(county);
    }

    private Path copy(String dataset, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        return Files.copy(county.resolve(dataset), to);
    }

    private int link(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("link", "--config", county.resolve("link.yaml").toString(),
                "--out", out.toString()));
        args.addAll(Arrays.asList(extra));
        return run(args.toArray(new String[0]));
    }

    @Test
    void row1_gazetteerMatchOutIsIn_refusedAndInputUntouched() throws IOException {
        Path x = copy("electoral_register.csv", dir.resolve("x.csv"));
        byte[] before = Files.readAllBytes(x);
        int code = run("gazetteer", "match", "--gazetteer", county.resolve("gazetteer.csv").toString(), "--in",
                x.toString(), "--out", x.toString());
        assertThat(code).isEqualTo(Rix.FAILURE);
        assertThat(err.toString()).contains("is an input").contains("choose another output file");
        assertThat(Files.readAllBytes(x)).isEqualTo(before);
        // the same file through a symbolic link is the same input
        Path alias = Files.createSymbolicLink(dir.resolve("alias.csv"), x);
        assertThat(run("gazetteer", "match", "--gazetteer", county.resolve("gazetteer.csv").toString(), "--in",
                x.toString(), "--out", alias.toString())).isEqualTo(Rix.FAILURE);
        assertThat(Files.readAllBytes(x)).isEqualTo(before);
    }

    @Test
    void row2_inputNamedReviewCsvInsideOut_refusedBeforeAnythingIsWritten() throws IOException {
        Path d = dir.resolve("d");
        Path review = copy("electoral_register.csv", d.resolve("review.csv"));
        Path rejects = copy("council_tax.csv", d.resolve("rejects.csv"));
        byte[] before = Files.readAllBytes(review);
        byte[] rejectsBefore = Files.readAllBytes(rejects);
        int code = run("link", review.toString(), rejects.toString(), "--id", "elector_number", "--out", d.toString());
        assertThat(code).isEqualTo(Rix.FAILURE);
        assertThat(err.toString()).contains("contains an input").contains("review.csv");
        assertThat(Files.readAllBytes(review)).isEqualTo(before);
        assertThat(Files.readAllBytes(rejects)).isEqualTo(rejectsBefore);
        try (var files = Files.list(d)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("review.csv",
                    "rejects.csv");
        }
        // a report into its own run folder is refused the same way
        Path runDir = dir.resolve("run");
        assertThat(link(runDir)).isEqualTo(Rix.OK);
        assertThat(run("report", "--run", runDir.toString(), "--out", runDir.toString())).isEqualTo(Rix.FAILURE);
        assertThat(runDir.resolve("report.html")).doesNotExist();
    }

    @Test
    void row3_crashBeforeCommitOrDuringIt_previousRunIntactOrRefusedThenCompleted() throws IOException {
        Path runDir = dir.resolve("run");
        assertThat(link(runDir)).isEqualTo(Rix.OK);
        byte[] entities = Files.readAllBytes(runDir.resolve("entities.csv"));
        // a run killed while writing: a cut staging folder, the previous run untouched and readable
        Path staging = Files.createDirectories(runDir.resolve(RunFolder.STAGING));
        Files.write(staging.resolve("entities.csv"), new byte[0]);
        assertThat(run("report", "--run", runDir.toString(), "--out", dir.resolve("rep").toString()))
                .isEqualTo(Rix.OK);
        // a run killed while moving its files in: the journal marks the folder, readers refuse it
        Files.writeString(runDir.resolve(RunFolder.COMMITTING), "x", StandardCharsets.UTF_8);
        Files.write(staging.resolve("entities.csv"), entities);
        err.getBuffer().setLength(0);
        assertThat(run("report", "--run", runDir.toString(), "--out", dir.resolve("rep2").toString()))
                .isEqualTo(Rix.FAILURE);
        assertThat(err.toString()).contains("interrupted").contains("Run rix link again");
        assertThat(run("evaluate", "--entities", runDir.resolve("entities.csv").toString(), "--truth",
                county.resolve("truth.csv").toString())).isEqualTo(Rix.FAILURE);
        assertThat(run("explain", "--index", runDir.toString(), "--left", "a:1", "--right", "b:2"))
                .isEqualTo(Rix.FAILURE);
        // the next run completes the move, then runs: resident ids are kept
        assertThat(link(runDir)).isEqualTo(Rix.OK);
        assertThat(runDir.resolve(RunFolder.COMMITTING)).doesNotExist();
        assertThat(runDir.resolve(RunFolder.STAGING)).doesNotExist();
        assertThat(Files.readAllBytes(runDir.resolve("entities.csv"))).isEqualTo(entities);
    }

    @Test
    void row4_secondConcurrentRun_refusedWithClearMessage_andMixedFolderRefusedByReport() throws IOException {
        Path runDir = dir.resolve("run");
        try (RunFolder held = RunFolder.open(runDir)) {
            assertThat(held.target()).isEqualTo(runDir);
            assertThat(link(runDir)).isEqualTo(Rix.FAILURE);
            assertThat(err.toString()).contains("Another rix link run is writing to");
        }
        assertThat(link(runDir)).isEqualTo(Rix.OK);
        // entities.csv of another run beside this run.json
        Path other = dir.resolve("other");
        assertThat(run("link", county.resolve("social_care.csv").toString(), "--out", other.toString()))
                .isEqualTo(Rix.OK);
        Files.copy(other.resolve("entities.csv"), runDir.resolve("entities.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        err.getBuffer().setLength(0);
        assertThat(run("report", "--run", runDir.toString(), "--out", dir.resolve("rep").toString()))
                .isEqualTo(Rix.FAILURE);
        assertThat(err.toString()).contains("does not match");
    }

    @Test
    void row5_dataRowAsHeader_messageShowsShapeOnly_andBinaryInputNamed() throws IOException {
        List<String> lines = Files.readAllLines(county.resolve("electoral_register.csv"), StandardCharsets.UTF_8);
        Path noHeader = dir.resolve("no_header.csv");
        Files.write(noHeader, lines.subList(1, lines.size()), StandardCharsets.UTF_8);
        assertThat(run("link", noHeader.toString(), "--id", "id", "--out", dir.resolve("o").toString()))
                .isEqualTo(Rix.FAILURE);
        String[] firstRow = lines.get(1).split(",", -1);
        assertThat(err.toString()).contains("does not look like a header").contains(firstRow.length + " columns");
        for (String value : firstRow) {
            if (value.length() > 2) {
                assertThat(err.toString()).doesNotContain(value);
            }
        }
        Path binary = dir.resolve("photo.csv");
        byte[] bytes = new byte[100_000];
        new java.util.Random(5).nextBytes(bytes);
        Files.write(binary, bytes);
        err.getBuffer().setLength(0);
        assertThat(run("link", binary.toString(), "--id", "id", "--out", dir.resolve("o2").toString()))
                .isEqualTo(Rix.FAILURE);
        assertThat(err.toString()).contains("not a text CSV file").hasSizeLessThan(400);
        // one 3 MB line: not echoed, the row rejected, the rest read
        Path longLine = dir.resolve("long_line.csv");
        Files.writeString(longLine, "id,surname\n1,Jones\n2," + "x".repeat(3_000_000) + "\n3,Evans\n",
                StandardCharsets.UTF_8);
        assertThat(run("link", longLine.toString(), "--out", dir.resolve("o3").toString())).isEqualTo(Rix.OK);
        assertThat(Files.readString(dir.resolve("o3/rejects.csv"))).contains("long_line,3,,\"record too long");
        assertThat(out.toString()).contains("3 read, 2 accepted, 1 rejected");
    }

    @Test
    void row6_fieldOverLuceneTermLimit_linkedNotAborted() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(county.resolve("electoral_register.csv"),
                StandardCharsets.UTF_8));
        lines.set(0, lines.get(0) + ",notes");
        for (int i = 1; i < lines.size(); i++) {
            lines.set(i, lines.get(i) + (i == 3 ? ",\"" + "note ".repeat(8_000) + "\"" : ",n"));
        }
        Path f = dir.resolve("with_notes.csv");
        Files.write(f, lines, StandardCharsets.UTF_8);
        assertThat(run("link", f.toString(), "--out", dir.resolve("o").toString())).isEqualTo(Rix.OK);
        assertThat(out.toString()).contains((lines.size() - 1) + " accepted, 0 rejected");
        assertThat(err.toString()).doesNotContain("immense");
    }

    @Test
    void row7_strayQuotesAcrossLines6To10_noRecordVanishes() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(county.resolve("electoral_register.csv"),
                StandardCharsets.UTF_8).subList(0, 30));
        lines.set(5, lines.get(5).replaceFirst(",", ",\""));
        lines.set(9, lines.get(9).replaceFirst(",([^,]*),", ",$1\","));
        Path f = dir.resolve("quotes.csv");
        Files.write(f, lines, StandardCharsets.UTF_8);
        assertThat(run("link", f.toString(), "--out", dir.resolve("o").toString())).isEqualTo(Rix.OK);
        assertThat(out.toString()).contains("29 read, 28 accepted, 1 rejected");
        assertThat(Files.readString(dir.resolve("o/rejects.csv"))).contains("quotes,6,,unbalanced quote")
                .contains("lines 6-10");
    }

    @Test
    void row8_entitiesCut_reportEvaluateAndPreviousRefuse() throws IOException {
        Path runDir = dir.resolve("run");
        assertThat(link(runDir)).isEqualTo(Rix.OK);
        Path entities = runDir.resolve("entities.csv");
        List<String> rows = Files.readAllLines(entities, StandardCharsets.UTF_8);
        Files.write(entities, rows.subList(0, 101), StandardCharsets.UTF_8);
        assertThat(run("report", "--run", runDir.toString(), "--out", dir.resolve("rep").toString()))
                .isEqualTo(Rix.FAILURE);
        assertThat(err.toString()).contains("the file now holds 100");
        assertThat(run("evaluate", "--entities", entities.toString(), "--truth",
                county.resolve("truth.csv").toString())).isEqualTo(Rix.FAILURE);
        assertThat(link(runDir)).isEqualTo(Rix.FAILURE);
        assertThat(err.toString()).contains("--previous cannot trust it");
        assertThat(dir.resolve("rep/report.html")).doesNotExist();
    }

    @Test
    void row9_devZero_oneClearLineNoStackTrace() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "needs /dev/zero");
        assertThat(run("link", zero.toString(), "--id", "id", "--out", dir.resolve("o").toString()))
                .isEqualTo(Rix.FAILURE);
        assertThat(err.toString()).contains("not a text CSV file").doesNotContain("\tat ");
    }

    @Test
    void row9_outOfMemory_oneLineExitCode3() throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-Xmx12m", "-cp", System.getProperty("java.class.path"),
                Rix.class.getName(), "link", "--config", county.resolve("link.yaml").toString(), "--out",
                dir.resolve("o").toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isEqualTo(Rix.OUT_OF_MEMORY);
        assertThat(output).contains("rix: out of memory").contains("RIX_JAVA_OPTS").doesNotContain("\tat ");
    }

    @Test
    void row10_threadsZeroEmptyOutForeignTruth_clearErrorsAndRightCodes() throws IOException {
        assertThat(link(dir.resolve("o"), "--threads", "0")).isEqualTo(Rix.USAGE);
        assertThat(err.toString()).contains("--threads must be at least 1");
        assertThat(run("link", "--config", county.resolve("link.yaml").toString(), "--out", "")).isEqualTo(Rix.FAILURE);
        assertThat(err.toString()).contains("--out is empty");
        Path runDir = dir.resolve("run");
        assertThat(link(runDir)).isEqualTo(Rix.OK);
        Path foreign = dir.resolve("foreign_truth.csv");
        Files.writeString(foreign, "source,record_id,entity_id\nelsewhere,1,E1\nelsewhere,2,E1\n",
                StandardCharsets.UTF_8);
        assertThat(run("evaluate", "--entities", runDir.resolve("entities.csv").toString(), "--truth",
                foreign.toString())).isEqualTo(Rix.FAILURE);
        assertThat(err.toString()).contains("nothing to evaluate");
        // explain on a folder that is not a run names that folder, not its parent's model.json
        err.getBuffer().setLength(0);
        assertThat(run("explain", "--index", county.toString(), "--left", "a:1", "--right", "b:2"))
                .isEqualTo(Rix.FAILURE);
        assertThat(err.toString()).contains(county.resolve("index").toString()).doesNotContain("model.json");
        // the gazetteer column hint of `gazetteer match` names --gazetteer-map
        err.getBuffer().setLength(0);
        Path x = copy("electoral_register.csv", dir.resolve("x.csv"));
        assertThat(run("gazetteer", "match", "--gazetteer", county.resolve("gazetteer.csv").toString(),
                "--gazetteer-map", "uprn=NO_SUCH_COLUMN", "--index", dir.resolve("gi").toString(), "--in",
                x.toString(), "--out", dir.resolve("m.csv").toString())).isEqualTo(Rix.FAILURE);
        assertThat(err.toString()).doesNotContain(" --map ");
    }

    @Test
    void row10_illegalArgumentFromEngineOrLibrary_isFailureNotUsage() {
        IllegalArgumentException lucene = new IllegalArgumentException("Document contains at least one immense term");
        lucene.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.apache.lucene.index.IndexingChain", "invert", "IndexingChain.java", 1),
            new StackTraceElement("org.residentindex.block.lucene.LuceneRecordIndex", "add", "L.java", 1),
            new StackTraceElement("org.residentindex.cli.LinkCommand", "call", "LinkCommand.java", 1)});
        assertThat(Rix.isUsage(lucene)).isFalse();
        IllegalArgumentException option = new IllegalArgumentException("a record is SOURCE:ID");
        option.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.residentindex.cli.ExplainCommand", "key", "ExplainCommand.java", 1)});
        assertThat(Rix.isUsage(option)).isTrue();
        assertThat(run("explain", "--index", dir.toString(), "--left", "nocolon", "--right", "b:2"))
                .isEqualTo(Rix.USAGE);
    }

    @Test
    void row11_modelJson_holdsNoNamesByDefault_plainOnRequest() throws IOException {
        Path runDir = dir.resolve("run");
        assertThat(link(runDir)).isEqualTo(Rix.OK);
        String model = Files.readString(runDir.resolve("model.json"), StandardCharsets.UTF_8).toLowerCase(
                java.util.Locale.ROOT);
        List<String> surnames = new ArrayList<>();
        for (String line : Files.readAllLines(county.resolve("council_tax.csv"), StandardCharsets.UTF_8)
                .subList(1, 50)) {
            surnames.add(line.split(",")[3].toLowerCase(java.util.Locale.ROOT));
        }
        assertThat(surnames).allSatisfy(s -> assertThat(model).doesNotContain("\"" + s + "\""));
        assertThat(model).contains("termfrequencyhashes");
        Path plain = dir.resolve("plain");
        assertThat(link(plain, "--model-plain-names")).isEqualTo(Rix.OK);
        String plainModel = Files.readString(plain.resolve("model.json"), StandardCharsets.UTF_8)
                .toLowerCase(java.util.Locale.ROOT);
        assertThat(surnames).anySatisfy(s -> assertThat(plainModel).contains("\"" + s + "\""));
    }
}
