package org.residentindex.link;

import java.util.concurrent.ExecutorService;
import org.residentindex.block.CandidateRecords;
import org.residentindex.compare.FieldValues;

/** A frozen {@link RecordStore} as the {@link CandidateRecords} candidate sources read. */
final class StoreRecords implements CandidateRecords {

    private final RecordStore store;
    private final ExecutorService pool;
    private final int tasks;

    StoreRecords(RecordStore store, ExecutorService pool, int tasks) {
        this.store = store;
        this.pool = pool;
        this.tasks = Math.max(1, tasks);
    }

    @Override
    public int size() {
        return store.size();
    }

    @Override
    public int[] ids(String column) {
        Column c = store.column(column);
        return c == null ? null : c.ids();
    }

    @Override
    public String value(String column, int r) {
        Column c = store.column(column);
        if (c == null) {
            return null;
        }
        String v = c.valueOf(r);
        return v == null ? null : FieldValues.head(v);
    }

    @Override
    public ExecutorService pool() {
        return pool;
    }

    @Override
    public int tasks() {
        return tasks;
    }
}
