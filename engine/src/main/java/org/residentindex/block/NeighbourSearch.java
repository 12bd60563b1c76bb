package org.residentindex.block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.residentindex.ResidentIndexException;

/**
 * Recall-first candidate search: for every record, its nearest neighbours by the evidence the records share, so a
 * pair is found when any few of its fields agree — not only when one exact key does. Each record is cut into terms
 * ({@link SearchTerms}: name tokens from every name field in any order, their character trigrams, name-equivalence
 * and phonetic keys, date-of-birth parts in pairs so one wrong part still leaves a shared term, postcode unit,
 * sector, outward and inward parts, house and street, place, identifiers, e-mail local part); a term weighs its
 * inverse document frequency {@code ln(N / df)}, so a rare surname or a full postcode counts for much and a
 * common birth year for little. Two records' score is the weight of the terms they share.
 *
 * <p><b>The search is a postings walk in batch</b>, not one query per record: the terms of all records are sorted
 * once into postings lists (as {@link KeyBlocker} sorts keys), and each record visits the postings of its own
 * terms. Only postings no longer than a length {@code L} are walked; {@code L} is the longest length whose walks
 * together stay within {@link #workPerRecord} visits per record ({@code Σ df² ≤ budget · N} over the walked terms),
 * so the cost is linear in the records whatever the data. Longer postings (a common name trigram, a birth year)
 * still count in the score of the neighbours found. The best {@code maxNeighbours} candidates by the walked
 * terms' score are scored in full (their term lists merged) only when needed. Per-record Lucene queries were measured on this machine at
 * 25–29k three-clause queries a second on two threads: 35–40 s for a million records, more than the whole run's
 * budget, so Lucene is kept for the bounded {@link FuzzyFallback}.
 *
 * <p><b>Which neighbours are kept is read from the data</b>: a neighbour {@code s} of {@code r} is kept when it
 * shares at least half of the evidence the poorer of the two records holds ({@code score ≥ min(self(r), self(s)) /
 * 2}, {@code self} being a record's score against itself — its own weight, so a record with many fields missing is
 * judged on what it has), and at most {@link #maxNeighbours} best of them (ties by ordinal). The half is the
 * point at which the shared evidence outweighs the evidence in disagreement: a pair kept agrees on more than it
 * disagrees, by the data's own weights.
 *
 * <p>The report row {@value #RULE}: {@code blocks} = records searched, {@code pairs} = new pairs added,
 * {@code skippedBlocks} = terms whose postings were longer than {@code L} (not walked, still scored). Deterministic:
 * results do not depend on the split into tasks.
 *
 * @param terms         what terms a record gives
 * @param workPerRecord postings visits allowed per record on average (the cost bound)
 * @param maxNeighbours most neighbours kept per record
 */
public record NeighbourSearch(SearchTerms terms, int workPerRecord, int maxNeighbours) implements CandidateSource {

    /** Name of the report row. */
    public static final String RULE = "neighbours";
    /**
     * Default cost bound: 100 postings visits a record. With it, blocking recall is 0.9985 on FEBRL 4 ×10, 0.9954
     * on the generated county (100k residents) and 0.925 on the dirty profile (5k residents), three shapes with very
     * different term spreads; its cost on the county at 158k records is 2.6 s CPU on one thread for the whole
     * search, index included (the key rules: 0.3 s).
     */
    public static final int DEFAULT_WORK_PER_RECORD = 100;
    /**
     * Default most neighbours kept: a person may be held ~15 times in one file (the dirty profile's bound) and
     * in several files.
     */
    public static final int DEFAULT_MAX_NEIGHBOURS = 20;

    private static final int ORDINAL_BITS = 24;
    private static final long ORDINAL_MASK = (1L << ORDINAL_BITS) - 1;

    public NeighbourSearch {
        if (workPerRecord < 1 || maxNeighbours < 1) {
            throw new ResidentIndexException("The neighbour search needs workPerRecord >= 1 and maxNeighbours >= 1");
        }
    }

    /** The search over {@code terms} with the default bounds. */
    public static NeighbourSearch over(SearchTerms terms) {
        return new NeighbourSearch(terms, DEFAULT_WORK_PER_RECORD, DEFAULT_MAX_NEIGHBOURS);
    }

    @Override
    public CandidatePairs extend(CandidateRecords records, CandidatePairs found) {
        int n = records.size();
        if (n > ORDINAL_MASK) {
            throw new ResidentIndexException("Too many records for the neighbour search in one batch: " + n);
        }
        Index index = Index.build(n, terms, records);
        int cap = index.walkLimit((long) workPerRecord * n);
        long[] pairs = search(index, cap, records);
        long[] merged = FuzzyFallback.union(found.pairs(), pairs);
        List<RuleReport> rules = new ArrayList<>(found.rules());
        rules.add(new RuleReport(RULE, n, merged.length - found.pairs().length, index.longerThan(cap), 0));
        return new CandidatePairs(n, merged, rules);
    }

    private long[] search(Index index, int cap, CandidateRecords records) {
        int n = index.records;
        int tasks = Math.max(1, records.tasks());
        int step = Math.max(1, (n + tasks - 1) / tasks);
        float[] unwalked = index.unwalked(cap);
        List<Callable<long[]>> work = new ArrayList<>();
        for (int from = 0; from < n; from += step) {
            int lo = from;
            int hi = Math.min(n, from + step);
            work.add(() -> searchRange(index, cap, unwalked, lo, hi));
        }
        List<long[]> parts = new ArrayList<>();
        try {
            if (records.pool() == null) {
                for (Callable<long[]> task : work) {
                    parts.add(task.call());
                }
            } else {
                for (Future<long[]> f : records.pool().invokeAll(work)) {
                    parts.add(f.get());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResidentIndexException("Interrupted during the neighbour search", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof ResidentIndexException rie ? rie
                    : new ResidentIndexException("The neighbour search failed: "
                            + e.getCause().getClass().getSimpleName(), e.getCause());
        } catch (Exception e) {
            throw e instanceof ResidentIndexException rie ? rie
                    : new ResidentIndexException("The neighbour search failed: " + e.getClass().getSimpleName(), e);
        }
        return parts.stream().flatMapToLong(Arrays::stream).toArray();
    }

    private long[] searchRange(Index index, int cap, float[] unwalked, int from, int to) {
        int[] seen = new int[index.records];
        Arrays.fill(seen, -1);
        float[] shared = new float[index.records];
        int[] candidates = new int[64];
        long[] ranked = new long[64];
        long[] out = new long[Math.max(16, (to - from) * 2)];
        int size = 0;
        for (int r = from; r < to; r++) {
            int count = 0;
            for (int i = index.recordStart[r]; i < index.recordStart[r + 1]; i++) {
                int t = index.recordTerms[i];
                int start = index.termStart[t];
                int end = index.termStart[t + 1];
                if (end - start > cap) {
                    continue;
                }
                float w = index.weight[t];
                for (int p = start; p < end; p++) {
                    int s = (int) (index.postings[p] & ORDINAL_MASK);
                    if (s == r) {
                        continue;
                    }
                    if (seen[s] != r) {
                        seen[s] = r;
                        shared[s] = 0;
                        if (count == candidates.length) {
                            candidates = Arrays.copyOf(candidates, count * 2);
                        }
                        candidates[count++] = s;
                    }
                    shared[s] += w;
                }
            }
            if (ranked.length < count) {
                ranked = new long[Math.max(count, ranked.length * 2)];
            }
            // the best walked scores first; only the first maxNeighbours are looked at further (each may need a
            // merge of two term lists, the search's main cost)
            for (int c = 0; c < count; c++) {
                ranked[c] = rank(shared[candidates[c]], candidates[c]);
            }
            Arrays.sort(ranked, 0, count);
            int looked = Math.min(count, maxNeighbours);
            int kept = 0;
            for (int c = 0; c < looked; c++) {
                int s = (int) (ranked[c] & ORDINAL_MASK);
                double floor = Math.min(index.self[r], index.self[s]) / 2;
                // the walked terms give a lower bound; the unwalked (long-postings) terms of the poorer side an
                // upper one: merge the two term lists only when the floor lies between
                double score = shared[s];
                if (score < floor) {
                    if (score + Math.min(unwalked[r], unwalked[s]) < floor) {
                        continue;
                    }
                    score = index.score(r, s);
                    if (score < floor) {
                        continue;
                    }
                }
                candidates[kept++] = s;
                shared[s] = (float) score;
            }
            for (int c = 0; c < kept; c++) {
                ranked[c] = rank(shared[candidates[c]], candidates[c]);
            }
            Arrays.sort(ranked, 0, kept);
            int take = Math.min(kept, maxNeighbours);
            if (size + take > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, size + take));
            }
            for (int k = 0; k < take; k++) {
                out[size++] = CandidatePairs.encode(r, (int) (ranked[k] & ORDINAL_MASK));
            }
        }
        return Arrays.copyOf(out, size);
    }

    /** Sorts by descending score, then ascending ordinal: the score's bits flipped into the high part. */
    private static long rank(double score, int s) {
        long q = Math.max(0, Math.min((long) (score * 1e4), (1L << 38) - 1));
        return ((((1L << 38) - 1) - q) << ORDINAL_BITS) | s;
    }

    /** The postings of every term and the terms of every record, with the terms' weights. */
    private static final class Index {
        final int records;
        /** (term hash, ordinal) sorted; the postings of term t are [termStart[t], termStart[t+1]). */
        final long[] postings;
        final int[] termStart;
        final float[] weight;
        final int[] recordStart;
        /** Each record's term indexes, ascending. */
        final int[] recordTerms;
        final double[] self;

        private Index(int records, long[] postings, int[] termStart, float[] weight, int[] recordStart,
                int[] recordTerms, double[] self) {
            this.records = records;
            this.postings = postings;
            this.termStart = termStart;
            this.weight = weight;
            this.recordStart = recordStart;
            this.recordTerms = recordTerms;
            this.self = self;
        }

        static Index build(int n, SearchTerms terms, CandidateRecords records) {
            long[] entries = new long[Math.max(16, n * 24)];
            int size = 0;
            long[] buffer = new long[64];
            for (int r = 0; r < n; r++) {
                int k = terms.of(records, r, buffer);
                if (k > buffer.length) {
                    buffer = new long[k * 2];
                    k = terms.of(records, r, buffer);
                }
                Arrays.sort(buffer, 0, k);
                long last = 0;
                boolean first = true;
                for (int i = 0; i < k; i++) {
                    long key = buffer[i] & ~ORDINAL_MASK;
                    if (first || key != last) {
                        if (size == entries.length) {
                            entries = Arrays.copyOf(entries, size + (size >> 1) + 16);
                        }
                        entries[size++] = key | r;
                        last = key;
                        first = false;
                    }
                }
            }
            Arrays.parallelSort(entries, 0, size);
            long[] postings = Arrays.copyOf(entries, size);
            int[] starts = new int[Math.max(16, size / 2)];
            int terms0 = 0;
            for (int i = 0; i < size; i++) {
                if (i == 0 || (postings[i] & ~ORDINAL_MASK) != (postings[i - 1] & ~ORDINAL_MASK)) {
                    if (terms0 + 1 >= starts.length) {
                        starts = Arrays.copyOf(starts, starts.length * 2);
                    }
                    starts[terms0++] = i;
                }
            }
            starts[terms0] = size;
            int[] termStart = Arrays.copyOf(starts, terms0 + 1);
            float[] weight = new float[terms0];
            int[] perRecord = new int[n + 1];
            for (int t = 0; t < terms0; t++) {
                int df = termStart[t + 1] - termStart[t];
                weight[t] = (float) Math.log((double) n / df);
                for (int p = termStart[t]; p < termStart[t + 1]; p++) {
                    perRecord[(int) (postings[p] & ORDINAL_MASK) + 1]++;
                }
            }
            for (int r = 0; r < n; r++) {
                perRecord[r + 1] += perRecord[r];
            }
            int[] fill = Arrays.copyOf(perRecord, n);
            int[] recordTerms = new int[size];
            double[] self = new double[n];
            for (int t = 0; t < terms0; t++) {
                for (int p = termStart[t]; p < termStart[t + 1]; p++) {
                    int r = (int) (postings[p] & ORDINAL_MASK);
                    recordTerms[fill[r]++] = t;
                    self[r] += weight[t];
                }
            }
            return new Index(n, postings, termStart, weight, perRecord, recordTerms, self);
        }

        /** The longest postings length whose walks together stay within {@code budget} visits. */
        int walkLimit(long budget) {
            int terms = termStart.length - 1;
            int[] lengths = new int[terms];
            for (int t = 0; t < terms; t++) {
                lengths[t] = termStart[t + 1] - termStart[t];
            }
            Arrays.sort(lengths);
            long work = 0;
            int cap = 1;
            for (int len : lengths) {
                work += (long) len * len;
                if (work > budget) {
                    break;
                }
                cap = len;
            }
            return Math.max(2, cap);
        }

        /** Per record, the weight of its terms whose postings are longer than {@code cap} (not walked). */
        float[] unwalked(int cap) {
            float[] out = new float[records];
            for (int r = 0; r < records; r++) {
                for (int i = recordStart[r]; i < recordStart[r + 1]; i++) {
                    int t = recordTerms[i];
                    if (termStart[t + 1] - termStart[t] > cap) {
                        out[r] += weight[t];
                    }
                }
            }
            return out;
        }

        long longerThan(int cap) {
            long count = 0;
            for (int t = 0; t + 1 < termStart.length; t++) {
                count += termStart[t + 1] - termStart[t] > cap ? 1 : 0;
            }
            return count;
        }

        /** The weight of the terms records {@code a} and {@code b} share. */
        double score(int a, int b) {
            int i = recordStart[a];
            int ie = recordStart[a + 1];
            int j = recordStart[b];
            int je = recordStart[b + 1];
            double sum = 0;
            while (i < ie && j < je) {
                int x = recordTerms[i];
                int y = recordTerms[j];
                if (x == y) {
                    sum += weight[x];
                    i++;
                    j++;
                } else if (x < y) {
                    i++;
                } else {
                    j++;
                }
            }
            return sum;
        }
    }
}
