package org.residentindex.link;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.residentindex.ResidentIndexException;

/** Runs index-range chunks on a pool; results are combined by chunk index, never by completion order. */
final class Parallel {

    /** Work on the half-open range {@code [from, to)} of chunk number {@code chunk}. */
    @FunctionalInterface
    interface RangeTask<T> {
        T run(int chunk, int from, int to);
    }

    private Parallel() {
    }

    /** Splits {@code [0, size)} into {@code chunks} ranges and returns each range's result in range order. */
    static <T> List<T> map(ExecutorService pool, int size, int chunks, RangeTask<T> task) {
        List<Callable<T>> tasks = new ArrayList<>();
        int n = Math.max(1, chunks);
        for (int c = 0; c < n; c++) {
            int chunk = c;
            int from = (int) ((long) size * c / n);
            int to = (int) ((long) size * (c + 1) / n);
            tasks.add(() -> task.run(chunk, from, to));
        }
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(tasks)) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResidentIndexException("Interrupted", e);
        } catch (ExecutionException e) {
            throw unwrap(e);
        }
    }

    static RuntimeException unwrap(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        // the class only: a checked exception's message may quote a value
        return new ResidentIndexException("A worker failed: " + cause.getClass().getSimpleName(), cause);
    }
}
