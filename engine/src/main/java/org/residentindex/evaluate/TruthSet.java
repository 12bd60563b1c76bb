package org.residentindex.evaluate;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.residentindex.cluster.EntityFile;
import org.residentindex.cluster.RecordKey;

/**
 * The true entity of each record, from a CSV with {@code source,record_id,entity_id} (extra columns such as the
 * generator's {@code household_id,uprn} are ignored). Errors name file, line and column.
 */
public final class TruthSet {

    private final Map<RecordKey, String> entities;

    public TruthSet(Map<RecordKey, String> entities) {
        this.entities = Collections.unmodifiableMap(new LinkedHashMap<>(entities));
    }

    /** Loads a truth file. */
    public static TruthSet load(Path file) {
        return new TruthSet(EntityFile.read(file));
    }

    /** Record key → true entity id, in file order. */
    public Map<RecordKey, String> entities() {
        return entities;
    }

    /** The true entity of a record, or null if the truth does not know it. */
    public String entityOf(RecordKey key) {
        return entities.get(key);
    }

    public int size() {
        return entities.size();
    }
}
