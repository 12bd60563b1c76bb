package org.residentindex.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.residentindex.ResidentIndex;
import org.residentindex.block.CandidatePairs;
import org.residentindex.block.KeyBlocker;
import org.residentindex.cluster.ScoredPairs;
import org.residentindex.compare.LevelCache;
import org.residentindex.link.ComparisonPlan;
import org.residentindex.link.LinkDefaults;
import org.residentindex.link.RecordStore;
import org.residentindex.model.SourceRecord;
import org.residentindex.score.ComparisonSpec;
import org.residentindex.score.ModelFile;
import org.residentindex.score.SavedModel;

/**
 * Everything the micro benchmarks feed on, built once per JVM (JMH forks one JVM per benchmark) from a seeded
 * county of {@value #RESIDENTS} residents: the raw rows, the record store, the blocked candidate pairs, and (on first
 * use) the model trained by a real {@code link} run and that model's links. The county's files are deleted when
 * the JVM exits. Inputs therefore carry the generator's skew: common
 * Welsh surnames, shared addresses, large and small blocks.
 */
public final class Workload {

    /** Residents of the benchmark county (about 1.6 records each). */
    public static final int RESIDENTS = 5_000;
    /** Seed of the benchmark county. */
    public static final long SEED = 20_260_401L;

    private static Workload instance;

    private final List<SourceRecord> rows;
    private final RecordStore store;
    private final CandidatePairs candidates;
    private final County county;
    private SavedModel model;
    private ComparisonPlan plan;

    private Workload() {
        county = County.generateTemporary(RESIDENTS, SEED);
        Runtime.getRuntime().addShutdownHook(new Thread(county::delete));
        rows = county.read();
        store = county.store();
        candidates = new KeyBlocker(LinkDefaults.MAX_BLOCK_SIZE).block(store.size(),
                LinkDefaults.rules(store), name -> store.column(name) == null ? null : store.column(name).ids());
    }

    /** Runs {@code link} on the county once, for the benchmarks that need a trained model. */
    private synchronized void train() {
        if (model == null) {
            Path out = county.dir().resolve("linked");
            ResidentIndex.builder().config(county.config()).threads(1).build().link(out);
            model = ModelFile.load(out.resolve("model.json"));
            plan = new ComparisonPlan(store,
                    model.model().comparisons().stream().map(ComparisonSpec::field).toList());
        }
    }

    /** The shared workload of this JVM, built on first use. */
    public static synchronized Workload get() {
        if (instance == null) {
            instance = new Workload();
        }
        return instance;
    }

    /** Every accepted raw row, in source and file order. */
    public List<SourceRecord> rows() {
        return rows;
    }

    /** The frozen record store (same ordinals as a {@code link} run). */
    public RecordStore store() {
        return store;
    }

    /** The candidate pairs of the default blocking rules. */
    public CandidatePairs candidates() {
        return candidates;
    }

    /** The model and thresholds the link run trained and saved. */
    public SavedModel model() {
        train();
        return model;
    }

    /** A comparison plan over the model's fields. */
    public ComparisonPlan plan() {
        train();
        return plan;
    }

    /** {@code count} candidate pairs spread evenly over all of them (so block sizes keep their mix). */
    public int[][] samplePairs(int count) {
        int n = Math.min(count, candidates.size());
        int[][] pairs = new int[n][];
        for (int i = 0; i < n; i++) {
            int p = (int) ((long) i * candidates.size() / n);
            pairs[i] = new int[] {candidates.left(p), candidates.right(p)};
        }
        return pairs;
    }

    /** Candidate pairs the model links, with their weights (no term-frequency adjustment). */
    public ScoredPairs links() {
        train();
        ScoredPairs links = new ScoredPairs();
        LevelCache[] caches = plan.newCaches();
        int[] v = new int[plan.fieldCount()];
        for (int i = 0; i < candidates.size(); i++) {
            plan.compare(candidates.left(i), candidates.right(i), v, caches);
            double w = model.model().weight(v, null);
            if (model.thresholds().isLink(w)) {
                links.add(candidates.left(i), candidates.right(i), w);
            }
        }
        return links;
    }

    /** Non-empty values of one raw field over all rows, in row order. */
    public List<String> values(java.util.function.Function<SourceRecord, String> field) {
        List<String> out = new ArrayList<>();
        for (SourceRecord r : rows) {
            String v = field.apply(r);
            if (v != null && !v.isBlank()) {
                out.add(v);
            }
        }
        return out;
    }
}
