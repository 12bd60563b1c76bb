package org.residentindex.benchmarks.macro;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.residentindex.ProgressListener;

/**
 * Watches heap use while the engine runs. A daemon thread samples used heap every {@value #PERIOD_MS} ms, keeping
 * the largest value overall and, per sample, its time, so that {@link #perStage} can attribute samples to the
 * stages the engine timed. As the run's {@link ProgressListener} it also notes when each stage last reported
 * progress (the engine reports a stage when it ends, {@code read} also while it runs), which is all there is to
 * go on when a run fails. {@link #start()} resets the heap pools' peak counters, so
 * {@link #poolPeakSum()} covers this run only; it sums each pool's own peak, an upper bound of the true peak
 * (eden and old generation peak at different moments). RSS is the process's high-water mark ({@code VmHWM} in
 * {@code /proc/self/status}), which cannot be reset: run one size per JVM for a clean figure.
 */
final class HeapSampler implements ProgressListener, AutoCloseable {

    static final int PERIOD_MS = 20;

    private final Map<String, Long> lastProgress = Collections.synchronizedMap(new LinkedHashMap<>());
    private long[] times = new long[4096];
    private long[] used = new long[4096];
    private int samples;
    private volatile long peak;
    private long started;
    private volatile boolean running;
    private Thread thread;

    /** Resets pool peaks and starts sampling. */
    HeapSampler start() {
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        started = System.nanoTime();
        running = true;
        thread = new Thread(this::loop, "rix-bench-heap");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    @Override
    public void progress(String name, long done, long total) {
        lastProgress.put(name, System.nanoTime());
    }

    private void loop() {
        while (running) {
            sample();
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private synchronized void sample() {
        long u = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        if (u > peak) {
            peak = u;
        }
        if (samples == times.length) {
            times = Arrays.copyOf(times, samples * 2);
            used = Arrays.copyOf(used, samples * 2);
        }
        times[samples] = System.nanoTime();
        used[samples++] = u;
    }

    @Override
    public void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        sample();
    }

    /** Largest sampled heap use, bytes. */
    long sampledPeak() {
        return peak;
    }

    /**
     * Largest sampled heap use per stage, given the engine's stage durations in order (the stages run back to back
     * from {@link #start()}; the moments before the first stage are negligible).
     */
    synchronized Map<String, Long> perStage(Map<String, Double> stageSeconds) {
        Map<String, Long> out = new LinkedHashMap<>();
        long from = started;
        for (Map.Entry<String, Double> e : stageSeconds.entrySet()) {
            long to = from + (long) (e.getValue() * 1e9);
            long max = 0;
            for (int i = 0; i < samples; i++) {
                if (times[i] >= from && times[i] < to) {
                    max = Math.max(max, used[i]);
                }
            }
            out.put(e.getKey(), max);
            from = to;
        }
        return out;
    }

    /** Seconds from {@link #start()} to each stage's last progress call, in first-reported order. */
    Map<String, Double> progressSeconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        synchronized (lastProgress) {
            lastProgress.forEach((stage, t) -> out.put(stage, (t - started) / 1e9));
        }
        return out;
    }

    /** Seconds since {@link #start()}. */
    double elapsedSeconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    /** Sum of the heap pools' peaks since {@link #start()}, bytes. */
    static long poolPeakSum() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getPeakUsage() != null)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** The JVM's maximum heap, bytes. */
    static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }

    /** Peak resident set size of this process in bytes, or -1 where {@code /proc/self/status} is absent. */
    static long peakRss() {
        return statusKilobytes("VmHWM:");
    }

    static long statusKilobytes(String key) {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                if (line.startsWith(key)) {
                    String[] parts = line.substring(key.length()).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024L;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
