package org.residentindex.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.residentindex.cluster.ClusterConstraints;
import org.residentindex.cluster.Clustering;
import org.residentindex.cluster.ConnectedComponentsClusterer;
import org.residentindex.cluster.GuardedClusterer;
import org.residentindex.cluster.ScoredPairs;

/**
 * Clustering the benchmark county's links (candidate pairs at or above the trained model's link threshold): the
 * pipeline's {@link GuardedClusterer} and, for scale, plain {@link ConnectedComponentsClusterer} (transitive
 * closure). One operation clusters every record of the county.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClusteringBenchmark {

    private int records;
    private ScoredPairs links;
    private GuardedClusterer guarded;

    @Setup(Level.Trial)
    public void setUp() {
        Workload w = Workload.get();
        records = w.store().size();
        links = w.links();
        guarded = GuardedClusterer.forLinkThreshold(w.model().thresholds().link());
    }

    @Benchmark
    public Clustering guarded() {
        return guarded.cluster(records, links, ClusterConstraints.none());
    }

    @Benchmark
    public Clustering connectedComponents() {
        return new ConnectedComponentsClusterer().cluster(records, links, ClusterConstraints.none());
    }
}
