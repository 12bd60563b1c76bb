package org.residentindex.benchmarks.macro;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.residentindex.LinkResult;
import org.residentindex.ResidentIndex;
import org.residentindex.benchmarks.County;
import org.residentindex.cluster.EntityFile;
import org.residentindex.evaluate.Evaluation;
import org.residentindex.evaluate.TruthSet;
import org.residentindex.link.RecordStore;
import org.residentindex.score.ModelFile;
import org.residentindex.score.SavedModel;

/**
 * One size of the macro benchmark: generate a county (not timed), link it through the {@link ResidentIndex}
 * facade (timed per stage by the engine, heap sampled by a {@link HeapSampler}), then, outside the timed part,
 * evaluate {@code entities.csv} against truth and measure blocking with a {@link CandidateCheck}. Run it in a
 * fresh JVM per size ({@link #main}) so heap and RSS figures belong to that size alone.
 */
public final class MacroBenchmark {

    private MacroBenchmark() {
    }

    /**
     * Settings of one size.
     *
     * @param residents      residents to generate, at least 1
     * @param seed           generator seed
     * @param threads        engine worker threads
     * @param baselineSample records in the all-pairs baseline sample
     * @param workDir        folder for the generated data and the link output
     * @param keepData       keep {@code workDir} afterwards
     */
    public record Settings(int residents, long seed, int threads, int baselineSample, Path workDir,
            boolean keepData) {
    }

    /** Runs one size. */
    public static SizeResult run(Settings s) {
        Path data = s.workDir().resolve("data");
        Path out = s.workDir().resolve("out");
        County.deleteTree(s.workDir());
        long g0 = System.nanoTime();
        County county = County.generate(s.residents(), s.seed(), data);
        double generateSeconds = (System.nanoTime() - g0) / 1e9;
        System.gc();

        LinkResult result;
        HeapSampler sampler = new HeapSampler().start();
        try {
            result = ResidentIndex.builder().config(county.config()).listener(sampler).threads(s.threads()).build()
                    .link(out);
        } catch (RuntimeException | OutOfMemoryError e) {
            sampler.close();
            SizeFailure failure = new SizeFailure(s.residents(), s.seed(), HeapSampler.maxHeap(),
                    county.summary().datasetRecords(), generateSeconds, sampler.elapsedSeconds(),
                    sampler.progressSeconds(), SizeFailure.describe(e), sampler.sampledPeak(), HeapSampler.peakRss());
            if (!s.keepData()) {
                County.deleteTree(s.workDir());
            }
            throw new SizeFailedException(failure, e);
        } finally {
            sampler.close();
        }
        long sampledPeak = sampler.sampledPeak();
        long poolPeak = HeapSampler.poolPeakSum();
        long rss = HeapSampler.peakRss();

        TruthSet truth = TruthSet.load(county.truth());
        Evaluation eval = Evaluation.of(EntityFile.read(out.resolve("entities.csv")), truth);
        RecordStore store = county.store();
        CandidateCheck check = new CandidateCheck(store, truth);
        CandidateCheck.Completeness completeness = check.completeness();
        SavedModel saved = ModelFile.load(out.resolve("model.json"));
        Baseline baseline = check.baseline(saved, s.baselineSample(), s.seed());
        if (!s.keepData()) {
            County.deleteTree(s.workDir());
        }

        Map<String, Double> stages = new LinkedHashMap<>();
        result.timings().forEach((name, d) -> stages.put(name, d.toNanos() / 1e9));
        Map<String, Long> heapByStage = sampler.perStage(stages);
        double total = result.total().toNanos() / 1e9;
        return new SizeResult(s.residents(), s.seed(), s.threads(), HeapSampler.maxHeap(), result.records(),
                generateSeconds, stages, total, total > 0 ? result.records() / total : 0, sampledPeak, poolPeak,
                heapByStage, rss, result.candidatePairs(),
                result.records() == 0 ? 0 : (double) result.candidatePairs() / result.records(),
                result.reductionRatio(), result.skippedPairs(), completeness.truePairs(), completeness.found(),
                completeness.share(), check.candidatePairs() == result.candidatePairs(), result.links(),
                result.reviewPairs(), result.entities(), eval.pairwise().precision(), eval.pairwise().recall(),
                eval.pairwise().f1(), eval.bcubed().f1(), baseline);
    }

    /**
     * Child-process entry point: {@code --size N --work DIR --result FILE [--seed S] [--threads T] [--sample K]
     * [--keep-data]}; writes a {@link SizeOutcome} as JSON to {@code FILE}: the result, or how far a failed link
     * run got (exit code 3). Exit code 2 on bad arguments; other failures propagate (exit code 1).
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--keep-data")) {
                a.put("keep-data", "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                a.put(args[i].substring(2), args[++i]);
            } else {
                usage("unexpected argument " + args[i]);
            }
        }
        if (!a.containsKey("size") || !a.containsKey("work") || !a.containsKey("result")) {
            usage("--size, --work and --result are required");
        }
        Settings s = new Settings(Integer.parseInt(a.get("size")), Long.parseLong(a.getOrDefault("seed", "1")),
                Integer.parseInt(a.getOrDefault("threads", String.valueOf(Runtime.getRuntime().availableProcessors()))),
                Integer.parseInt(a.getOrDefault("sample", "2000")), Path.of(a.get("work")),
                a.containsKey("keep-data"));
        Path resultFile = Path.of(a.get("result"));
        Files.createDirectories(resultFile.toAbsolutePath().getParent());
        try {
            BenchJson.MAPPER.writeValue(resultFile.toFile(), new SizeOutcome(run(s), null));
        } catch (SizeFailedException e) {
            e.getCause().printStackTrace();
            BenchJson.MAPPER.writeValue(resultFile.toFile(), new SizeOutcome(null, e.failure()));
            System.exit(3);
        }
    }

    private static void usage(String message) {
        System.err.println("MacroBenchmark: " + message);
        System.err.println("usage: MacroBenchmark --size N --work DIR --result FILE [--seed S] [--threads T]"
                + " [--sample K] [--keep-data]");
        System.exit(2);
    }
}
