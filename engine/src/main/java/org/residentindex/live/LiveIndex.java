package org.residentindex.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.residentindex.ResidentIndexException;
import org.residentindex.block.BlockingRule;
import org.residentindex.cluster.CsvInput;
import org.residentindex.cluster.RecordKey;
import org.residentindex.compare.FieldValues;
import org.residentindex.link.LinkDefaults;
import org.residentindex.link.PairScorer;
import org.residentindex.link.RecordPreparer;
import org.residentindex.score.Contribution;
import org.residentindex.score.MatchModel;
import org.residentindex.score.MatchThresholds;
import org.residentindex.score.ModelFile;
import org.residentindex.score.SavedModel;
import org.residentindex.score.WeightExplanation;

/**
 * The live resident index: the one entry type of this package. {@link #build} creates one from a link run;
 * {@link #open} opens it (applying the write-ahead log); then {@link #add}, {@link #retract} change it in real time
 * and {@link #search}, {@link #resident}, {@link #household}, {@link #validate}, {@link #changesSince} answer the
 * services. Thread-safe: queries run in parallel, changes one at a time. Close it to commit and release the files.
 *
 * <p>A change is linked as in batch: the record is normalised and matched to the gazetteer
 * ({@link RecordPreparer}), its candidates are the records agreeing on a blocking rule of the run
 * ({@link LinkDefaults#rules}, blocks over the rule's cap skipped as in batch; a fuzzy name search when no rule
 * finds any), each pair is scored by the run's model ({@link PairScorer}) and the residents are decided by
 * {@link ClusterGraph}. An update is a retraction followed by an add of the same key that may take back its old id.
 */
public final class LiveIndex implements AutoCloseable {

    /** Candidates per rule at most; also the cap of the fuzzy search (as batch's block cap). */
    static final int MAX_CANDIDATES = LinkDefaults.MAX_BLOCK_SIZE;
    /**
     * Records a person search scores: Lucene's best by its own score (fuzzy names, then exact date of birth,
     * postcode, UPRN, street). Each costs a stored-document read; 50 keeps a search to a few milliseconds.
     */
    static final int SEARCH_POOL = 50;
    private static final String QUERY_SOURCE = "\u0000query";

    /** How a live index behaves. */
    public record Options(Survivorship survivorship, Clock clock, long commitMillis, Path gazetteer) {
        /** Default survivorship, the system clock, a Lucene commit every 5 s, the run's gazetteer. */
        public static Options defaults() {
            return new Options(Survivorship.defaults(), Clock.systemUTC(), 5_000, null);
        }

        public Options withSurvivorship(Survivorship s) {
            return new Options(s, clock, commitMillis, gazetteer);
        }

        public Options withClock(Clock c) {
            return new Options(survivorship, c, commitMillis, gazetteer);
        }

        public Options withCommitMillis(long millis) {
            return new Options(survivorship, clock, millis, gazetteer);
        }

        public Options withGazetteer(Path g) {
            return new Options(survivorship, clock, commitMillis, g);
        }
    }

    /** Counts for {@code /health} and metrics. */
    public record Stats(int records, int residents, long seq, int retired) {
    }

    private final Path folder;
    private final IndexMeta meta;
    private final SavedModel saved;
    private final PairScorer scorer;
    private final MatchThresholds thresholds;
    private final List<BlockingRule> rules;
    private final RecordPreparer preparer;
    private final LuceneRecords lucene;
    private final ClusterGraph graph;
    private final WriteAheadLog wal;
    private final Options options;
    private final List<ChangeEvent> changes = new ArrayList<>();
    private final Map<String, List<ChangeEvent>> history = new HashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ScheduledExecutorService committer;
    private long seq;
    private long committed;

    private LiveIndex(Path folder, Options options) {
        this.folder = folder;
        this.options = options;
        this.meta = IndexMeta.read(folder);
        this.saved = ModelFile.load(folder.resolve("model.json"));
        this.scorer = new PairScorer(saved);
        this.thresholds = saved.thresholds();
        this.rules = meta.rules().stream().map(IndexMeta.Rule::toRule).toList();
        Path gazetteer = options.gazetteer() != null ? options.gazetteer()
                : meta.gazetteer() == null ? null : Path.of(meta.gazetteer());
        this.preparer = RecordPreparer.open(gazetteer, LocalDate.now(options.clock()),
                meta.dateFormats() == null ? Map.of() : meta.dateFormats());
        this.lucene = new LuceneRecords(folder.resolve("lucene"), meta.indexed(), false);
        this.graph = new ClusterGraph(thresholds.link(), saved.priors().duplicateFree());
        load();
        this.wal = new WriteAheadLog(folder);
        this.committer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rix-live-commit");
            t.setDaemon(true);
            return t;
        });
        if (options.commitMillis() > 0) {
            committer.scheduleWithFixedDelay(this::commit, options.commitMillis(), options.commitMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Opens the live index in {@code folder}, applying the write-ahead log entries Lucene has not committed. */
    public static LiveIndex open(Path folder, Options options) {
        return new LiveIndex(folder, options);
    }

    /** True when {@code folder} holds a live index. */
    public static boolean exists(Path folder) {
        return IndexMeta.exists(folder);
    }

    /**
     * Builds a live index in {@code indexFolder} (which must not hold one) from the link run in {@code runFolder}:
     * the run's records (re-read from its sources and prepared as the run did), resident ids, links, retired ids
     * and model. Returns the number of records indexed.
     */
    public static int build(Path runFolder, Path indexFolder, Options options) {
        return LiveBuild.build(runFolder, indexFolder, options);
    }

    private void load() {
        List<Doc.Edge[]> pendingLinks = new ArrayList<>();
        List<RecordKey> from = new ArrayList<>();
        lucene.forEach(d -> {
            graph.load(d.key(), d.residentId());
            for (Doc.Edge e : d.edges()) {
                from.add(d.key());
                pendingLinks.add(new Doc.Edge[] {e});
            }
        });
        for (int i = 0; i < from.size(); i++) {
            Doc.Edge e = pendingLinks.get(i)[0];
            graph.loadLink(from.get(i), e.other(), e.weight());
        }
        Path retired = folder.resolve(LiveBuild.RETIRED);
        if (Files.exists(retired)) {
            Map<String, String> ids = new TreeMap<>();
            CsvInput.read(retired, List.of("retired_id", "merged_into"),
                    row -> ids.put(row.required("retired_id"), row.required("merged_into")));
            graph.retire(ids);
        }
        committed = lucene.committedSeq();
        boolean replayed = false;
        for (LogEntry e : WriteAheadLog.read(folder)) {
            if (e.seq() > committed) {
                apply(e);
                replayed = true;
            } else {
                graph.retire(e.retired());
                note(e);
            }
            seq = e.seq();
        }
        if (replayed) {
            lucene.refresh();
            lucene.commit(seq);
            committed = seq;
        }
    }

    // ---------------------------------------------------------------- changes

    /** Adds or updates one record; see {@link #add(List)}. */
    public ChangeResult add(RecordInput record) {
        return add(List.of(record)).get(0);
    }

    /**
     * Adds or updates records, in order (a later one sees the earlier ones). Returns once every change is in the
     * write-ahead log on disk: an acknowledged change survives a crash.
     */
    public List<ChangeResult> add(List<RecordInput> records) {
        List<RecordPreparer.Prepared> prepared = records.parallelStream()
                .map(r -> preparer.prepare(Display.raw(r))).toList();
        lock.writeLock().lock();
        try {
            List<LogEntry> entries = new ArrayList<>();
            List<ChangeResult> results = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                results.add(addOne(records.get(i), prepared.get(i), entries));
            }
            wal.append(entries);
            lucene.refresh();
            return results;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Retracts a record (a service deleted it); returns null when the index does not hold it. */
    public ChangeResult retract(RecordKey key) {
        lock.writeLock().lock();
        try {
            if (!graph.residentOf.containsKey(key)) {
                return null;
            }
            List<LogEntry> entries = new ArrayList<>();
            LogEntry e = retractOne(key, entries);
            wal.append(entries);
            lucene.refresh();
            String id = e.assign().stream().filter(a -> a.source().equals(key.source())
                    && a.recordId().equals(key.recordId())).map(LogEntry.Assign::residentId).findFirst().orElse(null);
            return new ChangeResult(e.seq(), e.kind(), key, id, residentsOf(e), e.retired(), 0);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private ChangeResult addOne(RecordInput in, RecordPreparer.Prepared p, List<LogEntry> entries) {
        RecordKey key = new RecordKey(in.source(), in.recordId());
        String previousId = graph.residentOf.get(key);
        if (previousId != null) {
            retractOne(key, entries);
        }
        Map<String, String> values = new LinkedHashMap<>(p.values());
        values.values().removeIf(v -> v == null || v.isEmpty());
        List<Doc> candidates = candidates(key, values);
        List<PairScorer.Candidate> c = new ArrayList<>(candidates.size());
        for (Doc d : candidates) {
            c.add(new PairScorer.Candidate(d.key().source(), d.values()));
        }
        List<WeightExplanation> scores = scorer.score(in.source(), values, c);
        Map<RecordKey, Double> links = new LinkedHashMap<>();
        List<LogEntry.LogEdge> review = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            double w = scores.get(i).total();
            RecordKey other = candidates.get(i).key();
            if (thresholds.isLink(w)) {
                links.put(other, w);
            } else if (thresholds.isReview(w)) {
                review.add(new LogEntry.LogEdge(other.source(), other.recordId(), w));
            }
        }
        ClusterGraph.Outcome o = graph.decideAdd(key, links, previousId);
        String kind = previousId != null ? "updated" : o.kind().equals("created") && !review.isEmpty() ? "review"
                : o.kind();
        List<LogEntry.LogEdge> edges = new ArrayList<>();
        links.forEach((k, w) -> edges.add(new LogEntry.LogEdge(k.source(), k.recordId(), w)));
        LogEntry e = new LogEntry(++seq, options.clock().millis(), "add", kind, key.source(), key.recordId(),
                Display.of(Display.raw(in), p), values, edges, assigns(o.assign()), o.retired(), review);
        apply(e);
        entries.add(e);
        return new ChangeResult(e.seq(), kind, key, graph.residentOf.get(key), residentsOf(e), o.retired(),
                review.size());
    }

    private LogEntry retractOne(RecordKey key, List<LogEntry> entries) {
        ClusterGraph.Outcome o = graph.decideRetract(key);
        String old = graph.residentOf.get(key);
        List<LogEntry.Assign> assign = new ArrayList<>(assigns(o.assign()));
        assign.add(0, new LogEntry.Assign(key.source(), key.recordId(), old));
        LogEntry e = new LogEntry(++seq, options.clock().millis(), "retract", o.kind(), key.source(),
                key.recordId(), null, null, List.of(), assign, o.retired(), List.of());
        apply(e);
        entries.add(e);
        return e;
    }

    private static List<LogEntry.Assign> assigns(Map<RecordKey, String> assign) {
        List<LogEntry.Assign> out = new ArrayList<>();
        assign.forEach((k, id) -> out.add(new LogEntry.Assign(k.source(), k.recordId(), id)));
        return out;
    }

    /** Applies a decided entry to memory and Lucene (live, or replaying the log on open). */
    private void apply(LogEntry e) {
        RecordKey key = new RecordKey(e.source(), e.recordId());
        Map<RecordKey, String> assign = new LinkedHashMap<>();
        for (LogEntry.Assign a : e.assign()) {
            assign.put(new RecordKey(a.source(), a.recordId()), a.residentId());
        }
        if (e.op().equals("add")) {
            Map<RecordKey, Double> found = new LinkedHashMap<>();
            List<Doc.Edge> edges = new ArrayList<>();
            for (LogEntry.LogEdge x : e.edges()) {
                RecordKey other = new RecordKey(x.source(), x.recordId());
                found.put(other, x.weight());
                edges.add(new Doc.Edge(other, x.weight()));
            }
            graph.applyAdd(key, found, assign);
            lucene.put(new Doc(key, assign.get(key), Instant.ofEpochMilli(e.time()), e.display(), e.values(), edges));
        } else {
            Set<RecordKey> neighbours = new TreeSet<>(graph.links.getOrDefault(key, Map.of()).keySet());
            assign.remove(key);
            graph.applyRetract(key, assign);
            lucene.delete(key);
            for (RecordKey n : neighbours) {
                Doc d = lucene.get(n);
                if (d != null && d.edges().stream().anyMatch(x -> x.other().equals(key))) {
                    List<Doc.Edge> kept = d.edges().stream().filter(x -> !x.other().equals(key)).toList();
                    lucene.put(new Doc(d.key(), d.residentId(), d.updated(), d.display(), d.values(), kept));
                }
            }
        }
        for (Map.Entry<RecordKey, String> a : assign.entrySet()) {
            if (a.getKey().equals(key)) {
                continue;
            }
            Doc d = lucene.get(a.getKey());
            if (d != null && !a.getValue().equals(d.residentId())) {
                lucene.put(d.withResident(a.getValue()));
            }
        }
        graph.retire(e.retired());
        note(e);
    }

    private void note(LogEntry e) {
        ChangeEvent c = new ChangeEvent(e.seq(), Instant.ofEpochMilli(e.time()), e.kind(),
                new RecordKey(e.source(), e.recordId()), residentsOf(e), e.retired());
        changes.add(c);
        for (String r : c.residents()) {
            history.computeIfAbsent(r, x -> new ArrayList<>()).add(c);
        }
    }

    private static List<String> residentsOf(LogEntry e) {
        Set<String> r = new LinkedHashSet<>();
        e.assign().forEach(a -> r.add(a.residentId()));
        r.addAll(e.retired().keySet());
        r.remove(null);
        return new ArrayList<>(r);
    }

    private List<Doc> candidates(RecordKey self, Map<String, String> values) {
        Map<RecordKey, Doc> found = new LinkedHashMap<>();
        for (BlockingRule rule : rules) {
            Map<String, String> terms = new LinkedHashMap<>();
            for (String c : rule.columns()) {
                String v = values.get(c);
                if (v == null) {
                    terms = null;
                    break;
                }
                terms.put(c, v);
            }
            if (terms == null) {
                continue;
            }
            int cap = rule.capUnder(LinkDefaults.MAX_BLOCK_SIZE);
            // as in batch: a block larger than the cap (this record included) is skipped, not cut
            if (lucene.count(terms) + 1 > cap) {
                continue;
            }
            for (Doc d : lucene.agreeing(terms, cap)) {
                if (!d.key().equals(self)) {
                    found.putIfAbsent(d.key(), d);
                }
            }
        }
        if (found.isEmpty()) {
            String given = values.get("given_name");
            Map<String, String> year = values.get("key.birth_year") == null ? Map.of()
                    : Map.of("key.birth_year", values.get("key.birth_year"));
            if (values.get("key.surname") != null && given != null) {
                for (Doc d : lucene.fuzzy(values.get("key.surname"), FieldValues.head(given), year, 20, true)) {
                    if (!d.key().equals(self)) {
                        found.putIfAbsent(d.key(), d);
                    }
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    // ---------------------------------------------------------------- queries

    /** Residents matching the query, best first, each with its probability and a short explanation. */
    public List<SearchHit> search(PersonQuery q) {
        return search(q, null);
    }

    /**
     * As {@link #search(PersonQuery)} over the records of the {@code visible} sources only (null: all): a caller
     * never learns of a record outside its view, not even through a golden record.
     */
    public List<SearchHit> search(PersonQuery q, Set<String> visible) {
        RecordPreparer.Prepared p = preparer.prepare(Display.raw(new RecordInput(QUERY_SOURCE, "q", q.values())));
        lock.readLock().lock();
        try {
            return search(q, p, visible);
        } finally {
            lock.readLock().unlock();
        }
    }

    private List<SearchHit> search(PersonQuery q, RecordPreparer.Prepared p, Set<String> visible) {
        Map<String, String> values = new LinkedHashMap<>(p.values());
        values.values().removeIf(v -> v == null || v.isEmpty());
        Map<String, String> exact = new LinkedHashMap<>();
        for (String c : List.of("date_of_birth", "key.postcode", "key.uprn", "key.street")) {
            if (values.get(c) != null) {
                exact.put(c, values.get(c));
            }
        }
        String given = values.get("given_name");
        List<Doc> pool = lucene.fuzzy(values.get("key.surname"), given == null ? null : FieldValues.head(given),
                exact, SEARCH_POOL, false);
        pool = pool.stream().filter(d -> !d.key().source().equals(q.excludeSource())
                && (visible == null || visible.contains(d.key().source()))).toList();
        List<PairScorer.Candidate> c = pool.stream().map(d -> new PairScorer.Candidate(d.key().source(),
                d.values())).toList();
        List<WeightExplanation> scores = scorer.score(QUERY_SOURCE, values, c);
        Map<String, Integer> best = new LinkedHashMap<>();
        for (int i = 0; i < pool.size(); i++) {
            String r = graph.residentOf.get(pool.get(i).key());
            if (r == null) {
                continue;
            }
            Integer b = best.get(r);
            if (b == null || scores.get(i).total() > scores.get(b).total()) {
                best.put(r, i);
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(best.entrySet());
        ranked.sort(Comparator.comparingDouble((Map.Entry<String, Integer> e) -> -scores.get(e.getValue()).total())
                .thenComparing(Map.Entry::getKey));
        List<SearchHit> hits = new ArrayList<>();
        for (Map.Entry<String, Integer> e : ranked.subList(0, Math.min(q.limit(), ranked.size()))) {
            WeightExplanation w = scores.get(e.getValue());
            hits.add(new SearchHit(e.getKey(), pool.get(e.getValue()).key(), w.probability(), w.total(), explain(w),
                    golden(e.getKey(), visible)));
        }
        return hits;
    }

    /** The fields that weighed most, e.g. {@code surname exact +11.2; date_of_birth exact +9.8}. */
    static String explain(WeightExplanation w) {
        List<Contribution> parts = new ArrayList<>();
        for (Contribution c : w.contributions()) {
            if (!c.level().equals("null")) {
                parts.add(c);
            }
        }
        parts.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.total())).thenComparing(
                Contribution::field));
        StringBuilder b = new StringBuilder();
        for (Contribution c : parts.subList(0, Math.min(4, parts.size()))) {
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(c.field()).append(' ').append(c.level()).append(' ')
                    .append(String.format(java.util.Locale.ROOT, "%+.1f", c.total()));
        }
        return b.toString();
    }

    /** The single view of a resident (a retired id is followed to the resident now holding its records). */
    public Optional<ResidentView> resident(String residentId) {
        return resident(residentId, null);
    }

    /** As {@link #resident(String)} with only the records (and history) of the {@code visible} sources (null: all). */
    public Optional<ResidentView> resident(String residentId, Set<String> visible) {
        lock.readLock().lock();
        try {
            String id = current(residentId);
            if (id == null || !graph.members.containsKey(id)) {
                return Optional.empty();
            }
            List<LiveRecord> records = records(id, visible);
            if (records.isEmpty()) {
                return Optional.empty();
            }
            List<ChangeEvent> h = new ArrayList<>(history.getOrDefault(id, List.of()));
            if (!id.equals(residentId)) {
                h.addAll(history.getOrDefault(residentId, List.of()));
                h.sort(Comparator.comparingLong(ChangeEvent::seq));
            }
            h.removeIf(c -> visible != null && !visible.contains(c.record().source()));
            return Optional.of(new ResidentView(options.survivorship().golden(id, records), records, h));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The id now holding the records of {@code id} (itself when not retired), or null when unknown. */
    public String current(String id) {
        String at = id;
        for (int hops = 0; hops < 64 && at != null && !graph.members.containsKey(at); hops++) {
            at = graph.retired.get(at);
        }
        return at;
    }

    /** The golden records of the residents whose current address (golden UPRN) is {@code uprn}. */
    public List<GoldenRecord> household(String uprn) {
        return household(uprn, null);
    }

    /** As {@link #household(String)} from the records of the {@code visible} sources only (null: all). */
    public List<GoldenRecord> household(String uprn, Set<String> visible) {
        lock.readLock().lock();
        try {
            Set<String> residents = new TreeSet<>();
            for (Doc d : lucene.agreeing(Map.of("key.uprn", uprn), 1000)) {
                String r = graph.residentOf.get(d.key());
                if (r != null && (visible == null || visible.contains(d.key().source()))) {
                    residents.add(r);
                }
            }
            List<GoldenRecord> out = new ArrayList<>();
            for (String r : residents) {
                GoldenRecord g = golden(r, visible);
                if (uprn.equals(g.value("uprn"))) {
                    out.add(g);
                }
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Validates electors against the other services ({@code registerSource}'s own records left out): validated
     * (a link-threshold match at the elector's address), conflicting (a match elsewhere, or only a review-band
     * match) or not found.
     */
    public List<ElectorCheck> validate(List<RecordInput> electors, String registerSource) {
        return validate(electors, registerSource, null);
    }

    /** As {@link #validate(List, String)} against the records of the {@code visible} sources only (null: all). */
    public List<ElectorCheck> validate(List<RecordInput> electors, String registerSource, Set<String> visible) {
        double reviewP = MatchModel.probabilityOf(thresholds.review());
        List<ElectorCheck> out = new ArrayList<>();
        for (RecordInput e : electors) {
            Map<String, String> v = new LinkedHashMap<>();
            e.values().forEach((k, x) -> {
                if (PersonQuery.FIELDS.contains(k)) {
                    v.put(k, x);
                }
            });
            if (v.values().stream().allMatch(x -> x == null || x.isBlank())) {
                out.add(new ElectorCheck(e.recordId(), ElectorCheck.Status.NOT_FOUND, "no searchable field given",
                        null, 0));
                continue;
            }
            PersonQuery q = new PersonQuery(v, 3, registerSource);
            RecordPreparer.Prepared p = preparer.prepare(Display.raw(new RecordInput(QUERY_SOURCE, "q", v)));
            List<SearchHit> hits;
            lock.readLock().lock();
            try {
                hits = search(q, p, visible);
            } finally {
                lock.readLock().unlock();
            }
            out.add(check(e.recordId(), hits, p.uprn(), reviewP));
        }
        return out;
    }

    private ElectorCheck check(String elector, List<SearchHit> hits, Long uprn, double reviewP) {
        if (hits.isEmpty() || hits.get(0).probability() < reviewP) {
            return new ElectorCheck(elector, ElectorCheck.Status.NOT_FOUND, "no match in the other services", null,
                    hits.isEmpty() ? 0 : hits.get(0).probability());
        }
        SearchHit best = hits.get(0);
        if (!thresholds.isLink(best.weight())) {
            return new ElectorCheck(elector, ElectorCheck.Status.CONFLICTING,
                    "only an uncertain match (review band)", best.residentId(), best.probability());
        }
        String held = best.golden().value("uprn");
        if (uprn != null && held != null && !held.equals(Long.toString(uprn))) {
            return new ElectorCheck(elector, ElectorCheck.Status.CONFLICTING,
                    "the services' current address for this person is another property", best.residentId(),
                    best.probability());
        }
        if (uprn == null || held == null) {
            boolean sameAddress = best.explanation().contains("address same_uprn")
                    || best.explanation().contains("address same_building");
            if (!sameAddress) {
                return new ElectorCheck(elector, ElectorCheck.Status.CONFLICTING,
                        "matched, but the address could not be confirmed", best.residentId(), best.probability());
            }
        }
        return new ElectorCheck(elector, ElectorCheck.Status.VALIDATED, "matched at the same address",
                best.residentId(), best.probability());
    }

    /** Changes made after {@code since}, oldest first, at most {@code max}. */
    public List<ChangeEvent> changesSince(Instant since, int max) {
        return changesSince(since, max, null);
    }

    /** As {@link #changesSince(Instant, int)}, only changes to records of the {@code visible} sources (null: all). */
    public List<ChangeEvent> changesSince(Instant since, int max, Set<String> visible) {
        lock.readLock().lock();
        try {
            int lo = 0;
            int hi = changes.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (changes.get(mid).time().isAfter(since)) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            List<ChangeEvent> out = new ArrayList<>();
            for (int i = lo; i < changes.size() && out.size() < max; i++) {
                if (visible == null || visible.contains(changes.get(i).record().source())) {
                    out.add(changes.get(i));
                }
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Counts. */
    public Stats stats() {
        lock.readLock().lock();
        try {
            return new Stats(graph.residentOf.size(), graph.residentCount(), seq, graph.retired.size());
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The resident holding {@code key}, or null. */
    public String residentOf(RecordKey key) {
        lock.readLock().lock();
        try {
            return graph.residentOf.get(key);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Every record → resident (a copy; for tests and evaluation). */
    public Map<RecordKey, String> assignment() {
        lock.readLock().lock();
        try {
            return new HashMap<>(graph.residentOf);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The thresholds of the model (link, review) as match probabilities. */
    public double[] thresholdProbabilities() {
        return new double[] {MatchModel.probabilityOf(thresholds.link()), MatchModel.probabilityOf(
                thresholds.review())};
    }

    private GoldenRecord golden(String id, Set<String> visible) {
        return options.survivorship().golden(id, records(id, visible));
    }

    private List<LiveRecord> records(String id, Set<String> visible) {
        List<LiveRecord> out = new ArrayList<>();
        for (Doc d : lucene.byResident(id, 10_000)) {
            if (visible == null || visible.contains(d.key().source())) {
                out.add(d.toLive());
            }
        }
        out.sort(Comparator.comparing(LiveRecord::key));
        return out;
    }

    /** Commits Lucene up to the last applied change (also done every few seconds and on close). */
    public void commit() {
        lock.writeLock().lock();
        try {
            if (seq > committed) {
                lucene.commit(seq);
                committed = seq;
            }
        } catch (RuntimeException e) {
            // a failed periodic commit is retried at the next; the write-ahead log still holds every change
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The folder of this index. */
    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        committer.shutdownNow();
        lock.writeLock().lock();
        try {
            lucene.commit(seq);
            lucene.close();
            wal.close();
            preparer.close();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Releases the files without committing Lucene: what a crash leaves (for recovery tests). */
    void abandon() {
        committer.shutdownNow();
        lock.writeLock().lock();
        try {
            lucene.close();
            wal.close();
            preparer.close();
        } finally {
            lock.writeLock().unlock();
        }
    }

    static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ResidentIndexException("Cannot copy " + from + " to " + to + ": " + e.getClass().getSimpleName(),
                    e);
        }
    }

    static LocalDate dateOf(String instant) {
        return instant == null ? LocalDate.now(ZoneOffset.UTC) : LocalDate.ofInstant(Instant.parse(instant),
                ZoneOffset.UTC);
    }
}
