package org.residentindex.link;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.commons.csv.CSVPrinter;
import org.residentindex.LinkResult;
import org.residentindex.ProgressListener;
import org.residentindex.ResidentIndexException;
import org.residentindex.block.BlockingRule;
import org.residentindex.block.CandidatePairs;
import org.residentindex.block.RuleReport;
import org.residentindex.block.lucene.LuceneRecordIndex;
import org.residentindex.cluster.ClusterConstraints;
import org.residentindex.cluster.Clustering;
import org.residentindex.cluster.Decision;
import org.residentindex.cluster.DecisionsFile;
import org.residentindex.cluster.EntityFile;
import org.residentindex.cluster.GuardedClusterer;
import org.residentindex.cluster.IdAssignment;
import org.residentindex.cluster.RecordKey;
import org.residentindex.cluster.ResidentIdAssigner;
import org.residentindex.cluster.ScoredPairs;
import org.residentindex.evaluate.Evaluation;
import org.residentindex.evaluate.PairCompleteness;
import org.residentindex.evaluate.SourceBreakdown;
import org.residentindex.evaluate.TruthSet;
import org.residentindex.ingest.CsvRejectSink;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.report.RunManifest;
import org.residentindex.score.FellegiSunterModel;
import org.residentindex.score.MatchModel;
import org.residentindex.score.MatchThresholds;
import org.residentindex.score.ModelFile;
import org.residentindex.score.PatternCounts;
import org.residentindex.score.SavedModel;
import org.residentindex.score.SourcePairPriors;

/**
 * One batch run of {@code rix link}: gazetteer → read → block → index → train (or load) → score → cluster → write
 * (ending with {@code run.json}, the run's manifest for later commands). See the package comment for the stages;
 * {@link LinkDefaults} for every default. Deterministic: the same inputs give byte-identical {@code entities.csv},
 * {@code links.csv}, {@code review.csv}, {@code model.json} and {@code run.json} (but for its {@code started}
 * time), whatever the number of threads.
 */
public final class LinkPipeline {

    private final LinkRequest request;
    private final ProgressListener listener;
    private final Map<String, Duration> timings = new LinkedHashMap<>();
    private long stageStart;

    public LinkPipeline(LinkRequest request) {
        this.request = request;
        this.listener = request.listener();
    }

    /** Runs the pipeline, writing into {@code out} (created if absent). */
    public LinkResult run(Path out) {
        if (request.sources().isEmpty()) {
            throw new ResidentIndexException("No sources to link: give CSV files or a config with 'sources'");
        }
        checkPaths(out);
        ExecutorService pool = Executors.newFixedThreadPool(request.threads(), r -> {
            Thread t = new Thread(r, "rix-link");
            t.setDaemon(true);
            return t;
        });
        // every file is written into a staging folder and moved into place only once the run is complete
        try (RunFolder folder = RunFolder.open(out)) {
            LinkResult result = run(out, folder.staging(), pool);
            folder.commit();
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Inputs are never touched: the output folder may hold only its own run state (previous ids, decisions). */
    private void checkPaths(Path out) {
        List<Path> inputs = new ArrayList<>();
        request.sources().forEach(s -> inputs.add(s.path()));
        inputs.add(request.config());
        inputs.add(request.gazetteer());
        inputs.add(request.truth());
        inputs.add(request.model());
        inputs.add(request.decisions());
        inputs.add(request.previousEntities());
        List<Path> own = new ArrayList<>();
        for (String f : List.of("entities.csv", "decisions.csv", "model.json", MergedIds.FILE)) {
            own.add(out.resolve(f));
        }
        org.residentindex.ingest.OutputPaths.checkFolder("--out", out, inputs, own);
    }

    private LinkResult run(Path current, Path out, ExecutorService pool) {
        int chunks = request.threads() * 4;
        Instant started = request.clock().instant();
        Map<RecordKey, String> previous = previousEntities(current);
        List<Decision> decisions = decisions(current);
        TruthSet truth = request.truth() == null ? null : TruthSet.load(request.truth());
        start();
        RecordStore store = new RecordStore();
        Map<String, LinkResult.SourceCounts> perSource;
        LinkResult.GazetteerCounts gazetteerCounts;
        if (request.gazetteer() != null) {
            listener.progress("gazetteer-index", 0, 0); // opening may build the gazetteer's index: seconds
        }
        try (GazetteerUprns uprns = GazetteerUprns.open(request.gazetteer())) {
            listener.progress("gazetteer", 0, 0);
            lap("gazetteer");
            SourceLoader loader = new SourceLoader(pool, request.threads(), listener, uprns,
                    LocalDate.ofInstant(started, ZoneOffset.UTC));
            try (CsvRejectSink rejects = new CsvRejectSink(out.resolve("rejects.csv"))) {
                perSource = loader.load(request.sources(), store, rejects);
            }
            store.freeze();
            lap("read");
            // matching ran batch by batch inside reading: book its wall time to the gazetteer stage
            Duration matching = Duration.ofNanos(loader.matchNanos());
            timings.merge("gazetteer", matching, Duration::plus);
            timings.merge("read", matching, Duration::minus);
            gazetteerCounts = uprns.counts();
        }

        int n = store.size();
        List<BlockingRule> rules = LinkDefaults.rules(store);
        // the fallback's time is booked to "block": the stage list of `rix bench` reports is fixed
        listener.progress("block", 0, 0);
        CandidatePairs candidates = LinkDefaults.candidates(store, pool, chunks);
        listener.progress("block", candidates.size(), candidates.size());
        PairCompleteness completeness = truth == null ? null
                : MissedPairsFile.write(out, store, PairCompleteness.of(candidates.pairs(), n, store::key, truth));
        lap("block");

        SavedModel loaded = request.model() == null ? null : ModelFile.load(request.model());
        List<String> fields = loaded == null ? TrainedModel.fieldsOf(store)
                : TrainedModel.fieldNames(loaded.model().comparisons());
        ComparisonPlan plan = new ComparisonPlan(store, fields);
        // The index is only read by later commands (explain, lookups): write it beside the main work and wait for
        // it at the end, so its single-threaded indexing overlaps the sequential parts (training, clustering).
        java.util.concurrent.ExecutorService indexer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rix-index");
            t.setDaemon(true);
            return t;
        });
        java.util.concurrent.Future<?> index = indexer.submit(() -> writeIndex(out.resolve("index"), store, fields,
                rules));
        indexer.shutdown();

        listener.progress("compare", 0, candidates.size());
        long[] codes = PairVectors.compute(pool, chunks, plan, candidates);
        listener.progress("compare", codes.length, codes.length);
        lap("compare");
        listener.progress("train", 0, 1);
        FellegiSunterModel model;
        MatchThresholds thresholds;
        if (loaded != null) {
            model = loaded.model();
            thresholds = loaded.thresholds();
        } else {
            PatternCounts patterns = PairVectors.patterns(plan.specs(), codes);
            model = n < 2 || patterns.total() == 0 ? untrained(plan) : TrainedModel.train(pool, chunks, plan, store, patterns, candidates, codes);
            thresholds = LinkDefaults.thresholds();
        }
        TermFrequencyColumns tf = TermFrequencyColumns.count(plan);
        listener.progress("train", 1, 1);
        lap("train");

        listener.progress("score", 0, candidates.size());
        double[] weights = score(pool, chunks, plan, model, tf, candidates, codes);
        SourcePairScoring bySources = new SourcePairScoring(store);
        SourcePairPriors priors = loaded != null ? loaded.priors()
                : bySources.estimate(candidates, weights, model.lambda());
        bySources.reweigh(candidates, weights, model.prior(), priors);
        ModelFile.save(new SavedModel(model, thresholds, tf.table(), priors), out.resolve("model.json"),
                request.modelPlainNames());
        ScoredPairs links = new ScoredPairs();
        List<ReviewFile.Row> reviewRows = new ArrayList<>();
        long review = writePairs(out, store, plan, model, tf, candidates, codes, weights, thresholds, links,
                bySources, priors, reviewRows);
        OneToOneCompletion.complete(store, candidates, weights, thresholds, priors, links);
        listener.progress("score", weights.length, weights.length);
        lap("score");

        listener.progress("cluster", 0, 1);
        ClusterConstraints constraints = bySources.oneToOne(constraints(decisions, store), priors);
        Clustering clustering = GuardedClusterer.forLinkThreshold(thresholds.link())
                .cluster(n, links, constraints);
        List<RecordKey> keys = store.keys();
        Map<String, String> retired = MergedIds.read(current.resolve(MergedIds.FILE));
        IdAssignment ids = new ResidentIdAssigner().assign(clustering, keys, previous, retired.keySet());
        retired.putAll(ids.mergedInto());
        MergedIds.write(out.resolve(MergedIds.FILE), retired);
        Map<RecordKey, String> entities = new HashMap<>();
        for (int i = 0; i < n; i++) {
            entities.put(keys.get(i), ids.idOf(clustering.clusterOf(i)));
        }
        EntityFile.write(out.resolve("entities.csv"), entities);
        ReviewFile.write(out.resolve("review.csv"), store, reviewRows, clustering);
        listener.progress("cluster", 1, 1);
        lap("cluster");
        listener.progress("index", 0, 1);
        awaitIndex(index);
        listener.progress("index", 1, 1);
        lap("index");

        long rejected = perSource.values().stream().mapToLong(LinkResult.SourceCounts::rejected).sum();
        List<LinkResult.BlockingCount> blocking = new ArrayList<>();
        for (RuleReport r : candidates.rules()) {
            blocking.add(new LinkResult.BlockingCount(r.rule(), r.blocks(), r.pairs(), r.skippedBlocks(),
                    r.skippedPairs()));
        }
        writeManifest(out, started, n, thresholds, RunFolder.integrity(out.resolve("entities.csv"), entities));
        LinkResult.TruthCheck check = truth == null ? null : new LinkResult.TruthCheck(completeness.truePairs(),
                completeness.found(), Evaluation.of(entities, truth), SourceBreakdown.of(entities, truth));
        return new LinkResult(n, rejected, perSource, gazetteerCounts, candidates.size(), candidates.reductionRatio(),
                candidates.skippedPairs(), blocking, fields, loaded == null, links.size(), review,
                clustering.clusterCount(), ids.newIds().size(), timings, check);
    }

    /** {@code run.json}: what was linked, with which gazetteer and thresholds, and when. */
    private void writeManifest(Path out, Instant started, long records, MatchThresholds thresholds,
            RunManifest.Integrity integrity) {
        List<RunManifest.Source> sources = new ArrayList<>();
        for (SourceConfig s : request.sources()) {
            sources.add(new RunManifest.Source(s.name(), absolute(s.path()), s.id()));
        }
        new RunManifest(RunManifest.SCHEMA, absolute(request.config()), sources, absolute(request.gazetteer()), null,
                started.truncatedTo(ChronoUnit.SECONDS).toString(), records,
                new RunManifest.Thresholds(thresholds.link(), thresholds.review()), integrity)
                .write(out.resolve(RunManifest.FILE));
    }

    private static String absolute(Path p) {
        return p == null ? null : p.toAbsolutePath().normalize().toString();
    }

    private static FellegiSunterModel untrained(ComparisonPlan plan) {
        double[][] m = org.residentindex.score.EmEstimator.startingM(plan.specs());
        double[][] u = new double[m.length][];
        for (int f = 0; f < m.length; f++) {
            u[f] = new double[m[f].length];
            java.util.Arrays.fill(u[f], 1.0 / m[f].length);
        }
        return new FellegiSunterModel(plan.specs(), m, u, 0.5);
    }

    private static double[] score(ExecutorService pool, int chunks, ComparisonPlan plan, FellegiSunterModel model,
            TermFrequencyColumns tf, CandidatePairs candidates, long[] codes) {
        double[] weights = new double[codes.length];
        Parallel.map(pool, codes.length, chunks, (chunk, from, to) -> {
            int[] v = new int[plan.fieldCount()];
            double[] freq = new double[plan.fieldCount()];
            for (int i = from; i < to; i++) {
                PairVectors.unpack(codes[i], v);
                tf.frequencies(v, candidates.left(i), plan, freq);
                weights[i] = model.weight(v, freq);
            }
            return null;
        });
        return weights;
    }

    /** Writes links.csv and review.csv, fills {@code links}; returns the number of review pairs. */
    private static long writePairs(Path out, RecordStore store, ComparisonPlan plan, FellegiSunterModel model,
            TermFrequencyColumns tf, CandidatePairs candidates, long[] codes, double[] weights,
            MatchThresholds thresholds, ScoredPairs links, SourcePairScoring bySources, SourcePairPriors priors,
            List<ReviewFile.Row> reviewRows) {
        Path linksFile = out.resolve("links.csv");
        CSVPrinter linkCsv = OutputFiles.open(linksFile, OutputFiles.LINK_HEADER);
        long review = 0;
        int[] v = new int[plan.fieldCount()];
        double[] freq = new double[plan.fieldCount()];
        for (int i = 0; i < weights.length; i++) {
            double w = weights[i];
            int a = candidates.left(i);
            int b = candidates.right(i);
            if (thresholds.isLink(w)) {
                links.add(a, b, w);
                OutputFiles.print(linkCsv, linksFile, store.source(a), store.recordId(a), store.source(b),
                        store.recordId(b), OutputFiles.weight(w), OutputFiles.probability(MatchModel.probabilityOf(w)));
            } else if (thresholds.isReview(w)) {
                review++;
                PairVectors.unpack(codes[i], v);
                tf.frequencies(v, a, plan, freq);
                // review.csv is written after clustering, which decides whether the pair ended in one resident
                reviewRows.add(new ReviewFile.Row(a, b, OutputFiles.weight(w),
                        OutputFiles.probability(MatchModel.probabilityOf(w)),
                        OutputFiles.explanation(model.explain(v, freq).withPrior(bySources.prior(priors, a, b)))));
            }
        }
        OutputFiles.close(linkCsv, linksFile);
        return review;
    }

    private void writeIndex(Path folder, RecordStore store, List<String> fields, List<BlockingRule> rules) {
        List<String> indexed = new ArrayList<>();
        for (BlockingRule rule : rules) {
            for (String c : rule.columns()) {
                if (!indexed.contains(c)) {
                    indexed.add(c);
                }
            }
        }
        List<String> stored = new ArrayList<>(fields);
        indexed.stream().filter(c -> !stored.contains(c)).forEach(stored::add);
        Column[] columns = stored.stream().map(store::column).toArray(Column[]::new);
        try (LuceneRecordIndex.Writer writer = LuceneRecordIndex.create(folder, indexed)) {
            for (int i = 0; i < store.size(); i++) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int c = 0; c < columns.length; c++) {
                    if (columns[c] != null) {
                        values.put(stored.get(c), columns[c].valueOf(i));
                    }
                }
                writer.add(new LuceneRecordIndex.Entry(store.source(i), store.recordId(i), values));
            }
        }
    }

    private static void awaitIndex(java.util.concurrent.Future<?> index) {
        try {
            index.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResidentIndexException("Interrupted while writing the resident index", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw Parallel.unwrap(e);
        }
    }

    private static ClusterConstraints constraints(List<Decision> decisions, RecordStore store) {
        if (decisions.isEmpty()) {
            return ClusterConstraints.none();
        }
        Map<RecordKey, Integer> ordinals = new HashMap<>();
        for (int i = 0; i < store.size(); i++) {
            ordinals.put(store.key(i), i);
        }
        return ClusterConstraints.fromDecisions(decisions, k -> ordinals.getOrDefault(k, -1));
    }

    private Map<RecordKey, String> previousEntities(Path out) {
        Path file = request.previousEntities() != null ? request.previousEntities() : out.resolve("entities.csv");
        if (request.previousEntities() == null && !Files.exists(file)) {
            return Map.of();
        }
        RunFolder.checkReadableFile(file, "--previous");
        return EntityFile.read(file);
    }

    private List<Decision> decisions(Path out) {
        Path file = request.decisions() != null ? request.decisions() : out.resolve("decisions.csv");
        if (request.decisions() == null && !Files.exists(file)) {
            return List.of();
        }
        return DecisionsFile.read(file);
    }

    private void start() {
        stageStart = System.nanoTime();
    }

    private void lap(String stage) {
        long now = System.nanoTime();
        timings.put(stage, Duration.ofNanos(now - stageStart));
        stageStart = now;
    }
}
