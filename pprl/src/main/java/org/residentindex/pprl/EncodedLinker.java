package org.residentindex.pprl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVPrinter;
import org.residentindex.ProgressListener;
import org.residentindex.ResidentIndexException;
import org.residentindex.cluster.ClusterConstraints;
import org.residentindex.cluster.Clustering;
import org.residentindex.cluster.EntityFile;
import org.residentindex.cluster.GuardedClusterer;
import org.residentindex.cluster.IdAssignment;
import org.residentindex.cluster.RecordKey;
import org.residentindex.cluster.ResidentIdAssigner;
import org.residentindex.cluster.ScoredPairs;
import org.residentindex.evaluate.Evaluation;
import org.residentindex.evaluate.PairCompleteness;
import org.residentindex.evaluate.TruthSet;
import org.residentindex.link.LinkDefaults;
import org.residentindex.link.LinkFiles;
import org.residentindex.report.RunManifest;
import org.residentindex.score.ComparisonSpec;
import org.residentindex.score.EmEstimator;
import org.residentindex.score.FellegiSunterModel;
import org.residentindex.score.MatchModel;
import org.residentindex.score.MatchThresholds;
import org.residentindex.score.ModelFile;
import org.residentindex.score.SavedModel;
import org.residentindex.score.SourcePairPriorEstimator;
import org.residentindex.score.SourcePairPriors;
import org.residentindex.score.UEstimator;

/**
 * {@code rix link --encoded}: links {@code .clk} files without any plaintext. Read → candidate search ({@link
 * LshCandidates}) → one Dice-band comparison per segment ({@link DiceLevels}) → u from random pairs and m and λ
 * by EM ({@link UEstimator}, {@link EmEstimator}: the engine's Fellegi–Sunter model, trained on the encodings) →
 * per-source-pair priors ({@link SourcePairPriorEstimator}, as a plaintext run fits them) → the engine's
 * thresholds and {@link GuardedClusterer} (one-to-one between sources when asked, or for sources the data show to
 * be duplicate-free) → the same files a plaintext run writes: {@code entities.csv}, {@code links.csv},
 * {@code review.csv}, {@code model.json} (levels and probabilities only) and {@code run.json}. Deterministic:
 * the same files give byte-identical outputs (but for {@code run.json}'s start time), whatever the threads.
 */
public final class EncodedLinker {

    /**
     * One run.
     *
     * @param files     the {@code .clk} files, one per source
     * @param truth     a truth file to measure against, or null
     * @param oneToOne  link each record to at most one record of every other source, and never within a source
     * @param threads   worker threads
     * @param listener  progress receiver
     * @param clock     start time of the run (null: system UTC)
     * @param lsh       candidate search settings
     */
    public record Request(List<Path> files, Path truth, boolean oneToOne, int threads, ProgressListener listener,
            Clock clock, LshCandidates lsh) {
        public Request {
            files = List.copyOf(files);
            threads = Math.max(1, threads);
            listener = listener == null ? ProgressListener.NONE : listener;
            clock = clock == null ? Clock.systemUTC() : clock;
            lsh = lsh == null ? LshCandidates.defaults() : lsh;
        }

        public Request(List<Path> files, Path truth, boolean oneToOne, int threads) {
            this(files, truth, oneToOne, threads, null, null, null);
        }
    }

    /**
     * What a run did.
     *
     * @param records      records per source
     * @param candidates   candidate pairs scored
     * @param compared     pairs whose Dice the candidate search computed
     * @param skippedPairs pairs in oversize LSH buckets (see {@link LshCandidates.Result})
     * @param emIterations EM iterations (and whether it converged)
     * @param links        pairs at or above the link threshold
     * @param review       pairs sent to review
     * @param entities     clusters
     * @param timings      wall time per stage
     * @param pairCompleteness share of true pairs among the candidates (null without truth)
     * @param evaluation   accuracy against truth (null without truth)
     */
    public record Result(Map<String, Long> records, long candidates, long compared, long skippedPairs,
            int emIterations, boolean emConverged, long links, long review, int entities,
            Map<String, Duration> timings, PairCompleteness pairCompleteness, Evaluation evaluation) {
    }

    private final Request request;
    private final Map<String, Duration> timings = new LinkedHashMap<>();
    private long lap;

    public EncodedLinker(Request request) {
        this.request = request;
    }

    /** Runs into {@code out} (created if absent). */
    public Result run(Path out) {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot create output folder " + out + ": " + e.getClass().getSimpleName(),
                    e);
        }
        ExecutorService pool = Executors.newFixedThreadPool(request.threads(), r -> {
            Thread t = new Thread(r, "rix-pprl");
            t.setDaemon(true);
            return t;
        });
        try {
            return run(out, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private Result run(Path out, ExecutorService pool) {
        Instant started = request.clock().instant();
        ProgressListener listener = request.listener();
        TruthSet truth = request.truth() == null ? null : TruthSet.load(request.truth());
        lap = System.nanoTime();
        EncodedRecords records = EncodedRecords.load(request.files());
        int n = records.size();
        listener.progress("read", n, n);
        lap("read");

        boolean acrossOnly = request.oneToOne();
        LshCandidates.Result found = request.lsh().find(records, acrossOnly, pool, request.threads());
        long[] pairs = found.pairs();
        listener.progress("block", pairs.length, pairs.length);
        PairCompleteness completeness = truth == null ? null : PairCompleteness.of(pairs, n, records::key, truth);
        lap("block");

        List<ComparisonSpec> specs = DiceLevels.specs(records.segments());
        long[] codes = vectors(pool, records, pairs, specs.size());
        listener.progress("compare", pairs.length, pairs.length);
        lap("compare");

        FellegiSunterModel model;
        int[] iterations = {0};
        boolean[] converged = {true};
        if (pairs.length == 0 || n < 2) {
            model = new FellegiSunterModel(specs, EmEstimator.startingM(specs), uniform(specs), 0.5);
        } else {
            int[] v = new int[specs.size()];
            DiceLevels.Layout layout = DiceLevels.Layout.of(records.segments());
            double[][] u = UEstimator.estimate(specs, random -> randomPair(records, acrossOnly, random, layout, v.length),
                    LinkDefaults.uSample(n), LinkDefaults.SEED);
            FellegiSunterModel trained = EncodedTraining.train(specs, codes, u,
                    startLambda(records, pairs.length, acrossOnly), iterations, converged);
            model = trained.withLambda(perRecordPair(trained.lambda(), pairs.length, records, acrossOnly));
        }
        listener.progress("train", 1, 1);
        lap("train");

        double[] weights = new double[pairs.length];
        int[] v = new int[specs.size()];
        for (int i = 0; i < pairs.length; i++) {
            unpack(codes[i], v);
            weights[i] = model.weight(v);
        }
        SourcePairPriors priors = priors(records, pairs, weights, model);
        reweigh(records, pairs, weights, model, priors);
        MatchThresholds thresholds = LinkDefaults.thresholds();
        ModelFile.save(new SavedModel(model, thresholds, null, priors), out.resolve("model.json"));
        ScoredPairs links = new ScoredPairs();
        long review = writePairs(out, records, pairs, codes, weights, model, priors, thresholds, links);
        listener.progress("score", pairs.length, pairs.length);
        lap("score");

        ClusterConstraints constraints = oneToOne(records, priors);
        Clustering clustering = GuardedClusterer.forLinkThreshold(thresholds.link()).cluster(n, links, constraints);
        List<RecordKey> keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            keys.add(records.key(i));
        }
        Path entitiesFile = out.resolve("entities.csv");
        Map<RecordKey, String> previous = Files.exists(entitiesFile) ? EntityFile.read(entitiesFile) : Map.of();
        IdAssignment ids = new ResidentIdAssigner().assign(clustering, keys, previous, Set.of());
        Map<RecordKey, String> entities = new HashMap<>();
        for (int i = 0; i < n; i++) {
            entities.put(keys.get(i), ids.idOf(clustering.clusterOf(i)));
        }
        EntityFile.write(entitiesFile, entities);
        listener.progress("cluster", 1, 1);
        lap("cluster");
        writeManifest(out, records, started, thresholds);
        Evaluation evaluation = truth == null ? null : Evaluation.of(entities, truth);
        return new Result(records.sourceSizes(), pairs.length, found.compared(), found.skippedPairs(),
                iterations[0], converged[0], links.size(), review,
                clustering.clusterCount(), timings, completeness, evaluation);
    }

    /** Level vectors of the candidates, packed 4 bits per segment (level + 1; 0 for null). */
    private static long[] vectors(ExecutorService pool, EncodedRecords records, long[] pairs, int fields) {
        if (fields > 16) {
            throw new ResidentIndexException("A schema may have at most 16 segments");
        }
        long[] codes = new long[pairs.length];
        int chunks = 64;
        List<Future<?>> parts = new ArrayList<>();
        for (int c = 0; c < chunks; c++) {
            int from = (int) ((long) pairs.length * c / chunks);
            int to = (int) ((long) pairs.length * (c + 1) / chunks);
            parts.add(pool.submit(() -> {
                int[] v = new int[fields];
                DiceLevels.Layout layout = DiceLevels.Layout.of(records.segments());
                for (int i = from; i < to; i++) {
                    DiceLevels.vector(records, (int) (pairs[i] >>> 32), (int) pairs[i], layout, v);
                    codes[i] = pack(v);
                }
            }));
        }
        for (Future<?> f : parts) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ResidentIndexException("Interrupted while comparing encodings", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re
                        : new ResidentIndexException("Comparison failed", e.getCause());
            }
        }
        return codes;
    }

    static long pack(int[] v) {
        long code = 0;
        for (int f = 0; f < v.length; f++) {
            code |= (long) (v[f] + 1) << (4 * f);
        }
        return code;
    }

    static void unpack(long code, int[] v) {
        for (int f = 0; f < v.length; f++) {
            v[f] = (int) (code >>> (4 * f) & 15) - 1;
        }
    }

    private static int[] randomPair(EncodedRecords records, boolean acrossOnly, java.util.SplittableRandom random,
            DiceLevels.Layout layout, int fields) {
        int n = records.size();
        int[] v = new int[fields];
        for (int attempt = 0; ; attempt++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a == b || acrossOnly && records.sourceOf(a) == records.sourceOf(b) && attempt < 1000) {
                continue;
            }
            DiceLevels.vector(records, a, b, layout, v);
            return v;
        }
    }

    /**
     * EM's starting λ: about one match per record of the smaller source (two sources) or per two records (one
     * source), among the candidates; EM moves it from there.
     */
    private static double startLambda(EncodedRecords records, long candidates, boolean acrossOnly) {
        long smallest = records.sourceSizes().values().stream().mapToLong(Long::longValue).min().orElse(1);
        double expected = records.sourceNames().size() > 1 ? smallest : records.size() / 2.0;
        return Math.max(1e-4, Math.min(0.5, expected / candidates));
    }

    /**
     * λ over all record pairs, from λ over the candidates: the expected matches among the candidates spread over
     * every pair that could have been compared. u comes from random pairs of all records, so this is the prior
     * the Bayes factors belong with (as in the engine's plaintext training); λ over the candidates instead made
     * the prior some 10 bits too generous at 200k records, and linked members of one household (F1 0.64).
     */
    private static double perRecordPair(double candidateLambda, long candidates, EncodedRecords records,
            boolean acrossOnly) {
        double all = (double) records.size() * (records.size() - 1) / 2.0;
        if (acrossOnly) {
            for (long size : records.sourceSizes().values()) {
                all -= (double) size * (size - 1) / 2.0;
            }
        }
        double lambda = candidateLambda * candidates / Math.max(1.0, all);
        return Math.max(FellegiSunterModel.PROBABILITY_FLOOR, Math.min(0.5, lambda));
    }

    private static SourcePairPriors priors(EncodedRecords records, long[] pairs, double[] weights,
            FellegiSunterModel model) {
        if (records.sourceNames().size() < 2 || pairs.length == 0) {
            return SourcePairPriors.uniform(model.lambda());
        }
        SourcePairPriorEstimator estimator = new SourcePairPriorEstimator(model.lambda(), records.sourceSizes());
        for (int i = 0; i < pairs.length; i++) {
            estimator.add(records.sourceOf((int) (pairs[i] >>> 32)), records.sourceOf((int) pairs[i]),
                    weights[i] - model.prior());
        }
        return estimator.estimate();
    }

    private static void reweigh(EncodedRecords records, long[] pairs, double[] weights, FellegiSunterModel model,
            SourcePairPriors priors) {
        if (priors.lambdas().isEmpty()) {
            return;
        }
        for (int i = 0; i < pairs.length; i++) {
            weights[i] += prior(records, priors, (int) (pairs[i] >>> 32), (int) pairs[i]) - model.prior();
        }
    }

    private static double prior(EncodedRecords records, SourcePairPriors priors, int a, int b) {
        return priors.prior(records.source(a), records.source(b));
    }

    /** One-to-one groups: every source with --one-to-one, else the sources the priors found duplicate-free. */
    private ClusterConstraints oneToOne(EncodedRecords records, SourcePairPriors priors) {
        List<String> sources = records.sourceNames();
        if (sources.size() < 2) {
            return ClusterConstraints.none();
        }
        int[] groupOfSource = new int[sources.size()];
        int next = 0;
        for (int s = 0; s < sources.size(); s++) {
            boolean grouped = request.oneToOne() || priors.duplicateFree().contains(sources.get(s));
            groupOfSource[s] = grouped && next < ClusterConstraints.MAX_ONE_TO_ONE_GROUPS ? next++ : -1;
        }
        if (next == 0) {
            return ClusterConstraints.none();
        }
        int[] groupOf = new int[records.size()];
        for (int i = 0; i < groupOf.length; i++) {
            groupOf[i] = groupOfSource[records.sourceOf(i)];
        }
        return ClusterConstraints.none().withOneToOneGroups(groupOf);
    }

    private static long writePairs(Path out, EncodedRecords records, long[] pairs, long[] codes, double[] weights,
            FellegiSunterModel model, SourcePairPriors priors, MatchThresholds thresholds, ScoredPairs links) {
        Path linksFile = out.resolve("links.csv");
        Path reviewFile = out.resolve("review.csv");
        CSVPrinter linkCsv = LinkFiles.open(linksFile, LinkFiles.linkHeader());
        CSVPrinter reviewCsv = LinkFiles.open(reviewFile, LinkFiles.reviewHeader());
        long review = 0;
        int[] v = new int[model.comparisons().size()];
        for (int i = 0; i < pairs.length; i++) {
            int a = (int) (pairs[i] >>> 32);
            int b = (int) pairs[i];
            double w = weights[i];
            if (thresholds.isLink(w)) {
                links.add(a, b, w);
                LinkFiles.print(linkCsv, linksFile, records.source(a), records.id(a), records.source(b),
                        records.id(b), LinkFiles.weight(w), LinkFiles.probability(MatchModel.probabilityOf(w)));
            } else if (thresholds.isReview(w)) {
                review++;
                unpack(codes[i], v);
                LinkFiles.print(reviewCsv, reviewFile, records.source(a), records.id(a), records.source(b),
                        records.id(b), LinkFiles.weight(w), LinkFiles.probability(MatchModel.probabilityOf(w)),
                        LinkFiles.explanation(model.explain(v, null).withPrior(prior(records, priors, a, b))));
            }
        }
        LinkFiles.close(linkCsv, linksFile);
        LinkFiles.close(reviewCsv, reviewFile);
        return review;
    }

    private void writeManifest(Path out, EncodedRecords records, Instant started, MatchThresholds thresholds) {
        List<RunManifest.Source> sources = new ArrayList<>();
        for (int s = 0; s < request.files().size(); s++) {
            sources.add(new RunManifest.Source(records.sourceNames().get(s), absolute(request.files().get(s)), null));
        }
        new RunManifest(RunManifest.SCHEMA, null, sources, null, absolute(request.truth()),
                started.truncatedTo(ChronoUnit.SECONDS).toString(), records.size(),
                new RunManifest.Thresholds(thresholds.link(), thresholds.review())).write(out.resolve(RunManifest.FILE));
    }

    private static String absolute(Path p) {
        return p == null ? null : p.toAbsolutePath().normalize().toString();
    }

    private static double[][] uniform(List<ComparisonSpec> specs) {
        double[][] u = new double[specs.size()][];
        for (int f = 0; f < u.length; f++) {
            u[f] = new double[specs.get(f).levelCount()];
            java.util.Arrays.fill(u[f], 1.0 / u[f].length);
        }
        return u;
    }

    private void lap(String stage) {
        long now = System.nanoTime();
        timings.put(stage, Duration.ofNanos(now - lap));
        lap = now;
    }
}
