package org.residentindex.benchmarks.macro;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Where and when figures were measured: the numbers mean little without it. Load average matters on a shared
 * machine: with a load of 8 on 2 cores a run gets roughly a quarter of the CPU it would get alone.
 *
 * @param date              start of the run, UTC
 * @param cpuModel          {@code model name} from {@code /proc/cpuinfo} ("unknown" elsewhere)
 * @param processors        processors available to the JVM
 * @param memoryBytes       physical memory ({@code MemTotal} in {@code /proc/meminfo}), -1 where unknown
 * @param jvm               JVM name and version
 * @param os                operating system name, version and architecture
 * @param loadAverageStart  one-minute load average when the run started
 * @param loadAverageEnd    one-minute load average when it ended
 * @param childJvmArgs      JVM options of each size's process (empty when run in-process)
 */
public record Machine(String date, String cpuModel, int processors, long memoryBytes, String jvm, String os,
        double loadAverageStart, double loadAverageEnd, List<String> childJvmArgs) {

    public Machine {
        childJvmArgs = List.copyOf(childJvmArgs);
    }

    /** This machine, now. */
    static Machine current(List<String> childJvmArgs) {
        return new Machine(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), readCpuModel(),
                Runtime.getRuntime().availableProcessors(), readMemTotal(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                loadAverage(), loadAverage(), childJvmArgs);
    }

    /** This record with the end load average filled in now. */
    Machine finished() {
        return new Machine(date, cpuModel, processors, memoryBytes, jvm, os, loadAverageStart, loadAverage(),
                childJvmArgs);
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String readCpuModel() {
        for (String line : lines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return "unknown";
    }

    private static long readMemTotal() {
        for (String line : lines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024L;
            }
        }
        return -1;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.isReadable(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }
}
