/**
 * The end-to-end macro benchmark behind {@code rix bench}: for each county size, generate (not timed), run the
 * engine facade and time its stages, sample heap and RSS, measure pair completeness against truth, compare all
 * pairs of a small sample with the blocked candidates, and evaluate {@code entities.csv}. {@link BenchRunner} runs
 * each size in a fresh JVM ({@link MacroBenchmark#main}) and writes {@code bench.json} and {@code bench.md}.
 */
package org.residentindex.benchmarks.macro;
