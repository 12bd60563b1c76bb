package org.residentindex.insight;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The linked records of one run, indexed by source, resident and property. Records are held in a fixed order
 * (sources in run order, then record id), and every index iterates in that order, so anything computed from a
 * population is deterministic. Immutable; built once per run.
 */
public final class Population {

    private final List<String> sources;
    private final Map<String, List<LinkedRecord>> bySource = new LinkedHashMap<>();
    private final Map<String, List<LinkedRecord>> byEntity = new TreeMap<>();
    private final Map<String, List<LinkedRecord>> byProperty = new TreeMap<>();
    private final Map<String, LinkedRecord> byRef = new LinkedHashMap<>();

    /**
     * @param sources the dataset names, in run order; records of other sources are an error
     * @param records the records, in any order
     */
    public Population(List<String> sources, List<LinkedRecord> records) {
        this.sources = List.copyOf(sources);
        for (String s : this.sources) {
            bySource.put(s, new ArrayList<>());
        }
        for (LinkedRecord r : records) {
            List<LinkedRecord> list = bySource.get(r.source());
            if (list == null) {
                throw new IllegalArgumentException("record of unknown source " + r.source() + ": " + r.recordId());
            }
            list.add(r);
        }
        for (List<LinkedRecord> list : bySource.values()) {
            list.sort(Comparator.comparing(LinkedRecord::recordId));
            for (LinkedRecord r : list) {
                byRef.put(r.ref(), r);
                byEntity.computeIfAbsent(r.entityId(), k -> new ArrayList<>()).add(r);
                if (r.property().isKnown()) {
                    byProperty.computeIfAbsent(r.property().key(), k -> new ArrayList<>()).add(r);
                }
            }
        }
    }

    /** Dataset names in run order. */
    public List<String> sources() {
        return sources;
    }

    /** Records of {@code source}, by record id; empty for an unknown source. */
    public List<LinkedRecord> records(String source) {
        return Collections.unmodifiableList(bySource.getOrDefault(source, List.of()));
    }

    /** All records, by source then record id. */
    public List<LinkedRecord> all() {
        List<LinkedRecord> all = new ArrayList<>(byRef.size());
        bySource.values().forEach(all::addAll);
        return all;
    }

    /** Number of records. */
    public int size() {
        return byRef.size();
    }

    /** Resident ids, sorted. */
    public Set<String> entities() {
        return Collections.unmodifiableSet(byEntity.keySet());
    }

    /** Records of one resident, by source then record id; empty when unknown. */
    public List<LinkedRecord> ofEntity(String entityId) {
        return Collections.unmodifiableList(byEntity.getOrDefault(entityId, List.of()));
    }

    /** Records placed at a property key, by source then record id; empty when none or the key is null. */
    public List<LinkedRecord> atProperty(String propertyKey) {
        if (propertyKey == null) {
            return List.of();
        }
        return Collections.unmodifiableList(byProperty.getOrDefault(propertyKey, List.of()));
    }

    /** The record {@code source#recordId}, or null. */
    public LinkedRecord find(String source, String recordId) {
        return byRef.get(source + "#" + recordId);
    }

    /** The sources a resident appears in, in run order. */
    public Set<String> sourcesOf(String entityId) {
        Set<String> found = new TreeSet<>(Comparator.comparingInt(sources::indexOf));
        for (LinkedRecord r : ofEntity(entityId)) {
            found.add(r.source());
        }
        return found;
    }
}
