/** JMH micro benchmarks and end-to-end macro runs of the resident-index engine. */
package org.residentindex.benchmarks;
