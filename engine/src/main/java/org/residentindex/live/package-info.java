/**
 * The live resident index: a persistent, embedded (Lucene on local disk) index built from a link run, kept current
 * by real-time adds, updates and retractions, and queried by council services.
 *
 * <p>Place in the package order: after {@code report} (it reads a run's {@code run.json}) and before the facade;
 * it reuses, never re-implements, the engine's normaliser and gazetteer rule ({@code link.RecordPreparer}), the
 * blocking rules ({@code link.LinkDefaults#rules}), the comparators and saved model ({@code link.PairScorer}),
 * the clusterer ({@code cluster.GuardedClusterer}) and the id rule ({@code cluster.ResidentIdAssigner}).
 *
 * <p>The one public entry type is {@link org.residentindex.live.LiveIndex}; the other public types are values.
 * Lucene types never appear in public signatures.
 *
 * <p><b>Durability.</b> Every change is decided, then appended to the write-ahead log and fsynced, then applied to
 * memory and to Lucene; only then is it acknowledged. Lucene commits (with the last applied sequence number in
 * the commit's user data) every few seconds and on close; on open the log's entries after that number are applied
 * again. A torn last line (a kill mid-append) was never acknowledged and is ignored.
 */
package org.residentindex.live;
