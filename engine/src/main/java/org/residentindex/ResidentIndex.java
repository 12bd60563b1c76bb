package org.residentindex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.residentindex.block.lucene.LuceneRecordIndex;
import org.residentindex.cluster.RecordKey;
import org.residentindex.ingest.config.LinkConfig;
import org.residentindex.ingest.config.SourceConfig;
import org.residentindex.link.LinkPipeline;
import org.residentindex.link.RunFolder;
import org.residentindex.link.LinkRequest;
import org.residentindex.link.PairExplainer;
import org.residentindex.score.ModelFile;
import org.residentindex.score.SavedModel;

/**
 * The engine's facade. Configure with {@link #builder()}, then {@link #link(Path)} writes {@code entities.csv},
 * {@code links.csv}, {@code review.csv}, {@code rejects.csv}, {@code model.json}, {@code merged_into.csv} (resident
 * ids retired by merges, accumulated over runs), {@code index/} and {@code run.json} (the run's manifest) into a
 * folder;
 * {@link #explain} takes one pair of an earlier run apart. The engine never prints: progress goes to the
 * {@link ProgressListener}. Sources come from the config's {@code sources}, from {@link Builder#sources}, or both
 * (a file named in both is read once, with the config's settings). Immutable once built.
 */
public final class ResidentIndex {

    private final List<SourceConfig> sources;
    private final Path model;
    private final Path decisions;
    private final Path previousEntities;
    private final ProgressListener listener;
    private final int threads;
    private final Path configFile;
    private final Path gazetteer;
    private final Clock clock;
    private final Path truth;
    private final boolean modelPlainNames;
    private final boolean showPersonalData;
    private final boolean residentsFile;

    private ResidentIndex(Builder b) {
        List<SourceConfig> all = new ArrayList<>(b.config == null ? List.of() : b.config.sources());
        for (SourceConfig extra : b.sources) {
            boolean known = b.config != null && b.config.sourceFor(extra.path()).isPresent();
            if (!known) {
                all.add(extra);
            }
        }
        this.sources = List.copyOf(all);
        this.model = b.model;
        this.decisions = b.decisions;
        this.previousEntities = b.previousEntities;
        this.listener = b.listener;
        this.threads = b.threads;
        this.configFile = b.configFile;
        this.gazetteer = b.config == null ? null : b.config.gazetteer();
        this.clock = b.clock;
        this.truth = b.truth;
        this.modelPlainNames = b.modelPlainNames;
        this.showPersonalData = b.showPersonalData;
        this.residentsFile = b.residentsFile;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The sources this index links, in order. */
    public List<SourceConfig> sources() {
        return sources;
    }

    /**
     * Links (one source: de-duplicates) all sources into {@code outDir}: refused before anything is written when
     * {@code outDir} contains an input; locked against a concurrent run; written into a staging folder and moved
     * into place only when complete ({@link org.residentindex.link.RunFolder}), so a crash leaves the previous run.
     * Then, when {@link Builder#residentsFile} asks for it, writes {@code residents.csv}: one golden record per
     * resident with each field's provenance ({@link org.residentindex.live.ResidentsFile}; masked unless
     * {@link Builder#showPersonalData}). It is opt-in because it re-reads every source: 45 s of a 1M-record run.
     */
    public LinkResult link(Path outDir) {
        LinkResult result = new LinkPipeline(new LinkRequest(sources, model, decisions, previousEntities, listener,
                threads, configFile, gazetteer, clock, truth, modelPlainNames)).run(outDir);
        if (residentsFile) {
            org.residentindex.live.ResidentsFile.write(outDir, showPersonalData);
        }
        return result;
    }

    /**
     * Explains the pair (left, right) of a run: {@code indexDir} is the run's output folder (holding
     * {@code index/} and {@code model.json}) or its {@code index/} folder itself.
     */
    public static PairExplanation explain(Path indexDir, RecordKey left, RecordKey right) {
        Path run = Files.isDirectory(indexDir.resolve("index")) ? indexDir
                : "index".equals(String.valueOf(indexDir.toAbsolutePath().normalize().getFileName()))
                ? indexDir.toAbsolutePath().normalize().getParent() : indexDir;
        Path index = run.resolve("index");
        if (!Files.isDirectory(index)) {
            throw new ResidentIndexException(indexDir + " is not a link run's output folder: " + index
                    + " is missing (give the --out folder of rix link)");
        }
        RunFolder.checkReadable(run, "rix explain");
        Path modelFile = run.resolve("model.json");
        SavedModel saved = ModelFile.load(modelFile);
        Map<String, String> l = values(index, left);
        Map<String, String> r = values(index, right);
        return new PairExplanation(left, right, PairExplainer.explain(saved, left.source(), l, right.source(), r), saved.thresholds());
    }

    private static Map<String, String> values(Path index, RecordKey key) {
        return LuceneRecordIndex.find(index, key.source(), key.recordId())
                .map(e -> new LinkedHashMap<>(e.values()))
                .orElseThrow(() -> new ResidentIndexException("Record " + key + " is not in the resident index "
                        + index));
    }

    /** Configures a {@link ResidentIndex}. */
    public static final class Builder {
        private LinkConfig config;
        private final List<SourceConfig> sources = new ArrayList<>();
        private Path model;
        private Path decisions;
        private Path previousEntities;
        private ProgressListener listener = ProgressListener.NONE;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Path configFile;
        private Clock clock = Clock.systemUTC();
        private Path truth;
        private boolean modelPlainNames;
        private boolean showPersonalData;
        private boolean residentsFile;

        private Builder() {
        }

        /** Also write {@code residents.csv}, the golden record per resident (default: not written). */
        public Builder residentsFile(boolean write) {
            this.residentsFile = write;
            return this;
        }

        /** Write {@code residents.csv} with names, dates of birth and addresses in full (default: masked). */
        public Builder showPersonalData(boolean show) {
            this.showPersonalData = show;
            return this;
        }

        /**
         * Write {@code model.json} with the term-frequency tables in plain text (the names themselves) rather than
         * hashed with rare values pooled (the default): personal data, for a model kept inside the council.
         */
        public Builder modelPlainNames(boolean plain) {
            this.modelPlainNames = plain;
            return this;
        }

        /**
         * The {@code link.yaml} contents: its sources are linked, and its gazetteer (when given) supplies the
         * UPRNs of records without a trusted one.
         */
        public Builder config(LinkConfig linkConfig) {
            this.config = linkConfig;
            return this;
        }

        /** The {@code link.yaml} file the config came from, recorded in {@code run.json} for later commands. */
        public Builder configFile(Path linkYaml) {
            this.configFile = linkYaml;
            return this;
        }

        /** The clock that dates the run in {@code run.json} (default: the system clock, UTC). */
        public Builder clock(Clock runClock) {
            this.clock = runClock == null ? Clock.systemUTC() : runClock;
            return this;
        }

        /**
         * A truth file ({@code source,record_id,entity_id}) to measure the run against: the result then carries
         * blocking recall and the final accuracy ({@link LinkResult#truth()}), and the true pairs blocking missed
         * are written to {@code blocking_missed.csv} (record ids only). Output files are otherwise unchanged.
         */
        public Builder truth(Path truthFile) {
            this.truth = truthFile;
            return this;
        }

        /** Extra sources beyond the config's. */
        public Builder sources(List<SourceConfig> extra) {
            this.sources.addAll(extra);
            return this;
        }

        /** Reuse a saved {@code model.json} (skips training). */
        public Builder model(Path modelFile) {
            this.model = modelFile;
            return this;
        }

        /** Reviewers' {@code decisions.csv}; by default the output folder's, if present. */
        public Builder decisions(Path decisionsFile) {
            this.decisions = decisionsFile;
            return this;
        }

        /** The previous run's {@code entities.csv} for stable ids; by default the output folder's, if present. */
        public Builder previousEntities(Path entitiesFile) {
            this.previousEntities = entitiesFile;
            return this;
        }

        /** Receives progress. */
        public Builder listener(ProgressListener progress) {
            this.listener = progress == null ? ProgressListener.NONE : progress;
            return this;
        }

        /** Worker threads (default: available processors). Output does not depend on it. */
        public Builder threads(int count) {
            this.threads = Math.max(1, count);
            return this;
        }

        public ResidentIndex build() {
            return new ResidentIndex(this);
        }
    }
}
