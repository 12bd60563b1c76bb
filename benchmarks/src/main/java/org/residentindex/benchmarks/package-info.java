/**
 * JMH micro benchmarks of the engine's hot paths, one class per path. Every benchmark builds its inputs in
 * {@code @Setup(Level.Trial)} from a small seeded county made by the fixtures generator ({@link
 * org.residentindex.benchmarks.County}), so names, postcodes and block sizes carry the real skew (Jones 5.5%,
 * shared addresses, twins) rather than uniform random strings. Run with the command in {@code benchmarks/README.md};
 * {@code mvn verify} never runs them. The end-to-end macro benchmark is in {@link org.residentindex.benchmarks.macro}.
 */
package org.residentindex.benchmarks;
