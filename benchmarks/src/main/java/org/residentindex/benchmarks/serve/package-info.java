/** A bounded load generator for {@code rix serve} (loopback only): search latency at a fixed rate, add throughput. */
package org.residentindex.benchmarks.serve;
