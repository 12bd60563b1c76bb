package org.residentindex.benchmarks.macro;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.residentindex.ProgressListener;

/**
 * Watches heap use while the engine runs. A daemon thread samples used heap every {@value #PERIOD_MS} ms and
 * keeps the largest value overall and per stage (the stage named by the latest progress call, so it doubles as
 * the run's {@link ProgressListener}). {@link #start()} resets the heap pools' peak counters, so
 * {@link #poolPeakSum()} covers this run only; it sums each pool's own peak, an upper bound of the true peak
 * (eden and old generation peak at different moments). RSS is the process's high-water mark ({@code VmHWM} in
 * {@code /proc/self/status}), which cannot be reset: run one size per JVM for a clean figure.
 */
final class HeapSampler implements ProgressListener, AutoCloseable {

    static final int PERIOD_MS = 20;

    private final Map<String, Long> perStage = Collections.synchronizedMap(new LinkedHashMap<>());
    private volatile String stage = "start";
    private volatile long peak;
    private volatile boolean running;
    private Thread thread;

    /** Resets pool peaks and starts sampling. */
    HeapSampler start() {
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        running = true;
        thread = new Thread(this::loop, "rix-bench-heap");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    @Override
    public void progress(String name, long done, long total) {
        if (!name.equals(stage)) {
            sample();
            stage = name;
        }
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

    private void sample() {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        if (used > peak) {
            peak = used;
        }
        perStage.merge(stage, used, Math::max);
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

    /** Largest sampled heap use per stage, in first-seen order (the stage of a progress call is its own stage). */
    Map<String, Long> perStage() {
        synchronized (perStage) {
            return new LinkedHashMap<>(perStage);
        }
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
