package org.residentindex.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.residentindex.cluster.ClusterConstraints;
import org.residentindex.cluster.Clustering;
import org.residentindex.cluster.GuardedClusterer;
import org.residentindex.cluster.IdAssignment;
import org.residentindex.cluster.RecordKey;
import org.residentindex.cluster.ResidentIdAssigner;
import org.residentindex.cluster.ScoredPairs;

/**
 * The residents of the live index in memory: record → resident, resident → records, the stored links, the
 * retired ids. Decides what an add or a retraction does by running the batch clusterer ({@link GuardedClusterer},
 * with the same one-to-one groups) and the batch id rule ({@link ResidentIdAssigner}) on the records concerned:
 * <ul>
 *   <li><b>add</b>: the new record, its links (weight ≥ the link threshold) and every record of the residents it
 *       links to. Each existing resident's records are must-linked (the batch, or an earlier change, put them
 *       together; an add never splits a resident). The clusterer then decides whether the new record joins one,
 *       merges several (the id held by most records survives; the others are retired into it, as in batch) or
 *       starts a new resident (no link, or the guard refused a weak one).</li>
 *   <li><b>retract</b>: the resident's remaining records are re-clustered from the links the index holds among
 *       them, without must-links, so the resident splits where the retracted record was the only bridge. The part
 *       with most records keeps the id; other parts get new ids. A remaining record with no stored link to any
 *       other (joined in batch by one-to-one completion or a reviewer's decision) stays with the largest part.</li>
 * </ul>
 * Not thread-safe: the live index calls it under its lock.
 */
final class ClusterGraph {

    private static final Pattern MINTED = Pattern.compile("R(\\d+)");

    final Map<RecordKey, String> residentOf = new HashMap<>();
    final Map<String, Set<RecordKey>> members = new HashMap<>();
    final Map<RecordKey, Map<RecordKey, Double>> links = new HashMap<>();
    final Map<String, String> retired = new TreeMap<>();
    private final GuardedClusterer clusterer;
    private final Set<String> duplicateFree;
    private long highest;

    ClusterGraph(double linkWeight, Set<String> duplicateFree) {
        this.clusterer = GuardedClusterer.forLinkThreshold(linkWeight);
        this.duplicateFree = Set.copyOf(duplicateFree);
    }

    /** What a change does to the residents. */
    record Outcome(String kind, Map<RecordKey, String> assign, Map<String, String> retired) {
    }

    int residentCount() {
        return members.size();
    }

    void noteId(String id) {
        Matcher m = MINTED.matcher(id);
        if (m.matches() && m.group(1).length() <= 18) {
            highest = Math.max(highest, Long.parseLong(m.group(1)));
        }
    }

    /** Decides the add of {@code key} (not yet held) with its {@code found} links (other key → weight). */
    Outcome decideAdd(RecordKey key, Map<RecordKey, Double> found, String previousId) {
        Set<String> touched = new TreeSet<>();
        found.keySet().forEach(k -> touched.add(residentOf.get(k)));
        List<RecordKey> nodes = new ArrayList<>();
        nodes.add(key);
        for (String r : touched) {
            nodes.addAll(members.get(r));
        }
        Map<RecordKey, Integer> ordinal = ordinals(nodes);
        ScoredPairs pairs = localLinks(nodes, ordinal);
        found.forEach((other, w) -> pairs.add(0, ordinal.get(other), w));
        ClusterConstraints.Builder must = new ClusterConstraints.Builder();
        for (String r : touched) {
            RecordKey first = null;
            for (RecordKey k : members.get(r)) {
                if (first == null) {
                    first = k;
                } else {
                    must.mustLink(ordinal.get(first), ordinal.get(k));
                }
            }
        }
        Clustering c = clusterer.cluster(nodes.size(), pairs, oneToOne(must.build(), nodes));
        IdAssignment ids = assign(c, nodes, previousId == null ? Map.of() : Map.of(key, previousId));
        Map<RecordKey, String> assign = changed(c, ids, nodes);
        if (!assign.containsKey(key)) {
            assign.put(key, ids.idOf(c.clusterOf(0)));
        }
        String mine = assign.get(key);
        String kind = !touched.contains(mine) ? "created" : ids.mergedInto().isEmpty() ? "joined" : "merged";
        return new Outcome(kind, assign, ids.mergedInto());
    }

    /** Decides the retraction of {@code key} (held). */
    Outcome decideRetract(RecordKey key) {
        String id = residentOf.get(key);
        List<RecordKey> nodes = new ArrayList<>(members.get(id));
        nodes.remove(key);
        if (nodes.isEmpty()) {
            return new Outcome("retracted", Map.of(), Map.of());
        }
        Map<RecordKey, Integer> ordinal = ordinals(nodes);
        ScoredPairs pairs = localLinks(nodes, ordinal);
        Clustering c = clusterer.cluster(nodes.size(), pairs, oneToOne(ClusterConstraints.none(), nodes));
        int[] labels = new int[nodes.size()];
        boolean[] linked = new boolean[nodes.size()];
        for (int i = 0; i < pairs.size(); i++) {
            linked[pairs.left(i)] = true;
            linked[pairs.right(i)] = true;
        }
        int largest = 0;
        for (int cl = 1; cl < c.clusterCount(); cl++) {
            if (c.size(cl) > c.size(largest)) {
                largest = cl;
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            labels[i] = !linked[i] ? largest : c.clusterOf(i);
        }
        Clustering fixed = Clustering.fromLabels(labels);
        IdAssignment ids = assign(fixed, nodes, Map.of());
        Map<RecordKey, String> assign = changed(fixed, ids, nodes);
        return new Outcome(fixed.clusterCount() > 1 ? "split" : "retracted", assign, ids.mergedInto());
    }

    /** Applies an add (the record's resident is in {@code assign}). */
    void applyAdd(RecordKey key, Map<RecordKey, Double> found, Map<RecordKey, String> assign) {
        links.put(key, new HashMap<>());
        found.forEach((other, w) -> {
            if (residentOf.containsKey(other)) {
                links.get(key).put(other, w);
                links.computeIfAbsent(other, k -> new HashMap<>()).put(key, w);
            }
        });
        move(assign);
    }

    /** Applies a retraction. */
    void applyRetract(RecordKey key, Map<RecordKey, String> assign) {
        String id = residentOf.remove(key);
        if (id != null) {
            Set<RecordKey> m = members.get(id);
            m.remove(key);
            if (m.isEmpty()) {
                members.remove(id);
            }
        }
        Map<RecordKey, Double> mine = links.remove(key);
        if (mine != null) {
            for (RecordKey other : mine.keySet()) {
                Map<RecordKey, Double> theirs = links.get(other);
                if (theirs != null) {
                    theirs.remove(key);
                }
            }
        }
        move(assign);
    }

    /** Puts each record in its new resident. */
    void move(Map<RecordKey, String> assign) {
        assign.forEach((k, id) -> {
            String old = residentOf.put(k, id);
            if (old != null && !old.equals(id)) {
                Set<RecordKey> m = members.get(old);
                m.remove(k);
                if (m.isEmpty()) {
                    members.remove(old);
                }
            }
            members.computeIfAbsent(id, x -> new TreeSet<>()).add(k);
            noteId(id);
        });
    }

    /** Records retired ids (never minted again). */
    void retire(Map<String, String> ids) {
        retired.putAll(ids);
        ids.keySet().forEach(this::noteId);
    }

    /** Loads one stored record (on open). */
    void load(RecordKey key, String residentId) {
        residentOf.put(key, residentId);
        members.computeIfAbsent(residentId, x -> new TreeSet<>()).add(key);
        noteId(residentId);
    }

    /** Loads one stored link (on open, after every record); links to records no longer held are dropped. */
    void loadLink(RecordKey a, RecordKey b, double w) {
        if (residentOf.containsKey(a) && residentOf.containsKey(b)) {
            links.computeIfAbsent(a, k -> new HashMap<>()).put(b, w);
            links.computeIfAbsent(b, k -> new HashMap<>()).put(a, w);
        }
    }

    private static Map<RecordKey, Integer> ordinals(List<RecordKey> nodes) {
        Map<RecordKey, Integer> ordinal = new LinkedHashMap<>();
        for (RecordKey k : nodes) {
            ordinal.put(k, ordinal.size());
        }
        return ordinal;
    }

    private ScoredPairs localLinks(List<RecordKey> nodes, Map<RecordKey, Integer> ordinal) {
        ScoredPairs pairs = new ScoredPairs();
        for (RecordKey a : nodes) {
            Map<RecordKey, Double> adj = links.get(a);
            if (adj == null) {
                continue;
            }
            int ia = ordinal.get(a);
            adj.forEach((b, w) -> {
                Integer ib = ordinal.get(b);
                if (ib != null && ia < ib) {
                    pairs.add(ia, ib, w);
                }
            });
        }
        return pairs;
    }

    private ClusterConstraints oneToOne(ClusterConstraints base, List<RecordKey> nodes) {
        if (duplicateFree.isEmpty()) {
            return base;
        }
        List<String> groups = new ArrayList<>(new TreeSet<>(duplicateFree));
        int[] groupOf = new int[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            int g = groups.indexOf(nodes.get(i).source());
            groupOf[i] = g < ClusterConstraints.MAX_ONE_TO_ONE_GROUPS ? g : -1;
        }
        return base.withOneToOneGroups(groupOf);
    }

    private IdAssignment assign(Clustering c, List<RecordKey> nodes, Map<RecordKey, String> extra) {
        Map<RecordKey, String> previous = new HashMap<>(extra);
        for (RecordKey k : nodes) {
            String id = residentOf.get(k);
            if (id != null) {
                previous.put(k, id);
            }
        }
        // the counter must continue above every id of the whole index, not only those of the records concerned
        String top = String.format(java.util.Locale.ROOT, "R%0" + ResidentIdAssigner.WIDTH + "d", highest);
        return new ResidentIdAssigner().assign(c, nodes, previous, List.of(top));
    }

    private Map<RecordKey, String> changed(Clustering c, IdAssignment ids, List<RecordKey> nodes) {
        Map<RecordKey, String> out = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            String id = ids.idOf(c.clusterOf(i));
            if (!id.equals(residentOf.get(nodes.get(i)))) {
                out.put(nodes.get(i), id);
            }
        }
        return out;
    }
}
