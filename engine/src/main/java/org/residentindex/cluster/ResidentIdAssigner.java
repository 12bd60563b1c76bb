package org.residentindex.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps resident ids stable across runs.
 *
 * <p><b>Rule.</b> For every (cluster, previous id) combination count the cluster's records that held that id in
 * the previous run. Visit the combinations by count descending (ties: smaller previous id — plain string order —
 * then the cluster whose smallest record key is smaller) and give the id to the cluster if neither already has
 * one. Consequences:
 * <ul>
 *   <li>an unchanged entity keeps its id, also when new records join it;</li>
 *   <li>a cluster takes the previous id held by most of its records (ties: the smallest id);</li>
 *   <li><em>split</em>: the part holding most of the old entity's records keeps the id, other parts fall back to
 *       another previous id they hold, else get a new id;</li>
 *   <li><em>merge</em>: the id held by most of the merged cluster's records survives (ties: smallest id); each
 *       other previous id that no cluster keeps is retired, with {@code mergedInto} naming the id of the cluster
 *       now holding most of its records (ties: smallest id);</li>
 *   <li>clusters with no previous id get new ids {@code R} + {@value #WIDTH}-digit counter, continuing above the
 *       highest {@code R<digits>} id among the previous and the retired ids, minted in order of each cluster's
 *       smallest record key. Ids are therefore never reused — provided the caller passes every id retired by
 *       earlier runs (the accumulated {@code merged_into} file).</li>
 * </ul>
 * Deterministic: depends only on the inputs, never on hash order.
 */
public final class ResidentIdAssigner {

    /** Digits of the counter in minted ids, e.g. {@code R00000042}. */
    public static final int WIDTH = 8;

    private static final Pattern MINTED = Pattern.compile("R(\\d+)");

    /**
     * @param clustering this run's clusters over ordinals
     * @param keys       record key of each ordinal ({@code keys.get(ordinal)})
     * @param previous   the previous run's record key → entity id (empty on the first run)
     * @param retiredIds ids retired by earlier runs, only to keep the counter above them
     */
    public IdAssignment assign(Clustering clustering, List<RecordKey> keys, Map<RecordKey, String> previous,
            Collection<String> retiredIds) {
        int clusters = clustering.clusterCount();
        RecordKey[] smallestKey = new RecordKey[clusters];
        List<Claim> claims = new ArrayList<>();
        Map<String, Map<Integer, Integer>> holders = new TreeMap<>();
        for (int c = 0; c < clusters; c++) {
            Map<String, Integer> held = previous.isEmpty() ? Map.of() : new TreeMap<>();
            for (int ordinal : clustering.members(c)) {
                RecordKey key = keys.get(ordinal);
                if (smallestKey[c] == null || key.compareTo(smallestKey[c]) < 0) {
                    smallestKey[c] = key;
                }
                String id = previous.isEmpty() ? null : previous.get(key);
                if (id != null) {
                    held.merge(id, 1, Integer::sum);
                }
            }
            for (Map.Entry<String, Integer> e : held.entrySet()) {
                claims.add(new Claim(c, e.getKey(), e.getValue()));
                holders.computeIfAbsent(e.getKey(), k -> new TreeMap<>()).put(c, e.getValue());
            }
        }
        claims.sort(Comparator.comparingInt(Claim::count).reversed().thenComparing(Claim::id)
                .thenComparing(claim -> smallestKey[claim.cluster()]));
        String[] ids = new String[clusters];
        Map<String, Integer> keptBy = new HashMap<>();
        for (Claim claim : claims) {
            if (ids[claim.cluster()] == null && !keptBy.containsKey(claim.id())) {
                ids[claim.cluster()] = claim.id();
                keptBy.put(claim.id(), claim.cluster());
            }
        }
        List<String> minted = mintNewIds(ids, smallestKey, previous.values(), retiredIds);
        return new IdAssignment(Arrays.asList(ids), mergedInto(holders, keptBy, ids), minted);
    }

    private static Map<String, String> mergedInto(Map<String, Map<Integer, Integer>> holders,
            Map<String, Integer> keptBy, String[] ids) {
        Map<String, String> merged = new TreeMap<>();
        for (Map.Entry<String, Map<Integer, Integer>> e : holders.entrySet()) {
            if (keptBy.containsKey(e.getKey())) {
                continue;
            }
            String target = null;
            int best = -1;
            for (Map.Entry<Integer, Integer> holder : e.getValue().entrySet()) {
                String candidate = ids[holder.getKey()];
                if (holder.getValue() > best || holder.getValue() == best && candidate.compareTo(target) < 0) {
                    best = holder.getValue();
                    target = candidate;
                }
            }
            merged.put(e.getKey(), target);
        }
        return merged;
    }

    private static List<String> mintNewIds(String[] ids, RecordKey[] smallestKey, Collection<String> previousIds,
            Collection<String> retiredIds) {
        long highest = Math.max(highestMinted(previousIds), highestMinted(retiredIds));
        List<Integer> unnamed = new ArrayList<>();
        for (int c = 0; c < ids.length; c++) {
            if (ids[c] == null) {
                unnamed.add(c);
            }
        }
        unnamed.sort(Comparator.comparing(c -> smallestKey[c]));
        List<String> minted = new ArrayList<>(unnamed.size());
        for (int c : unnamed) {
            highest++;
            ids[c] = minted(highest);
            minted.add(ids[c]);
        }
        return minted;
    }

    /** {@code R} + the counter zero-padded to {@value #WIDTH} digits (as {@code String.format("R%08d")}). */
    private static String minted(long counter) {
        String digits = Long.toString(counter);
        StringBuilder id = new StringBuilder(WIDTH + 1).append('R');
        for (int pad = digits.length(); pad < WIDTH; pad++) {
            id.append('0');
        }
        return id.append(digits).toString();
    }

    private static long highestMinted(Collection<String> ids) {
        long highest = 0;
        for (String id : ids) {
            Matcher m = MINTED.matcher(id);
            if (m.matches() && m.group(1).length() <= 18) {
                highest = Math.max(highest, Long.parseLong(m.group(1)));
            }
        }
        return highest;
    }

    private record Claim(int cluster, String id, int count) {
    }
}
