package org.residentindex.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.residentindex.block.BlockingRule;
import org.residentindex.block.CandidatePairs;
import org.residentindex.block.KeyBlocker;
import org.residentindex.link.LinkDefaults;
import org.residentindex.link.RecordStore;

/**
 * Candidate generation: the engine blocks in batch ({@link KeyBlocker} over every default rule, then the sorted
 * union), so one operation blocks the whole benchmark county (~8k records, see {@link Workload}); divide by the
 * record count for the per-record cost. {@code oneRule} times the strongest single rule (postcode + house
 * number) to show the per-rule share.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CandidateGenerationBenchmark {

    private final KeyBlocker blocker = new KeyBlocker(LinkDefaults.MAX_BLOCK_SIZE);
    private RecordStore store;
    private List<BlockingRule> rules;
    private List<BlockingRule> one;

    @Setup(Level.Trial)
    public void setUp() {
        store = Workload.get().store();
        rules = LinkDefaults.rules(store);
        one = rules.stream().filter(r -> r.name().equals("key.postcode+key.house_number")).toList();
    }

    @Benchmark
    public CandidatePairs allRules() {
        return blocker.block(store.size(), rules, this::ids);
    }

    @Benchmark
    public CandidatePairs oneRule() {
        return blocker.block(store.size(), one, this::ids);
    }

    private int[] ids(String column) {
        return store.column(column) == null ? null : store.column(column).ids();
    }
}
