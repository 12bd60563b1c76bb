package org.residentindex.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.residentindex.insight.DatasetMeasures;
import org.residentindex.insight.MaturityAssessment;
import org.residentindex.insight.Population;
import org.residentindex.insight.ServiceOverlap;

/**
 * The change between a baseline run and this run ({@code --baseline}): every measure per dataset and overall,
 * every maturity level, and what happened to residents. Residents are followed through their records (record
 * ids persist between extracts; resident ids need not): a resident of this run is <em>new</em> when none of
 * its records was in the baseline, <em>merged</em> when its records belonged to two or more baseline
 * residents; a baseline resident is <em>split</em> when its records now belong to two or more residents, and
 * <em>gone</em> when none of its records is in this run. The rest <em>continue</em>.
 *
 * @param baseline  the baseline run directory
 * @param measures  one row per measure and dataset ({@code dataset} "all" for overall figures)
 * @param levels    one row per characteristic
 * @param residents resident changes
 */
public record Trend(String baseline, List<Change> measures, List<LevelChange> levels, ResidentChanges residents) {

    public Trend {
        measures = List.copyOf(measures);
        levels = List.copyOf(levels);
    }

    /**
     * @param measure measure id
     * @param dataset dataset name, or {@code all}
     * @param before  baseline figure (NaN when the dataset is new)
     * @param after   this run's figure (NaN when the dataset is gone)
     * @param percent true for shares
     */
    public record Change(String measure, String dataset, double before, double after, boolean percent) {
        /** {@code after - before}. */
        public double change() {
            return after - before;
        }
    }

    /**
     * @param id     characteristic id
     * @param title  its title
     * @param before baseline level
     * @param after  this run's level
     */
    public record LevelChange(String id, String title, int before, int after) {
    }

    /**
     * @param before     residents in the baseline
     * @param after      residents in this run
     * @param continuing residents of this run made of exactly one baseline resident's records, which did not split
     * @param newResidents residents none of whose records was in the baseline
     * @param merged     residents of this run joining two or more baseline residents
     * @param split      baseline residents whose records now belong to two or more residents
     * @param gone       baseline residents none of whose records is in this run
     * @param recordsKept records in both runs
     * @param recordsAdded records only in this run
     * @param recordsRemoved records only in the baseline
     */
    public record ResidentChanges(long before, long after, long continuing, long newResidents, long merged,
                                  long split, long gone, long recordsKept, long recordsAdded, long recordsRemoved) {
    }

    static Trend of(String baselineDir, Population old, List<DatasetMeasures> oldSets, ServiceOverlap oldOverlap,
                    List<MaturityAssessment> oldLevels, Population now, List<DatasetMeasures> sets,
                    ServiceOverlap overlap, List<MaturityAssessment> levels) {
        List<Change> measures = new ArrayList<>();
        Map<String, DatasetMeasures> before = new LinkedHashMap<>();
        oldSets.forEach(d -> before.put(d.source(), d));
        Map<String, DatasetMeasures> after = new LinkedHashMap<>();
        sets.forEach(d -> after.put(d.source(), d));
        Set<String> names = new java.util.LinkedHashSet<>(after.keySet());
        names.addAll(before.keySet());
        for (String name : names) {
            DatasetMeasures b = before.get(name);
            DatasetMeasures a = after.get(name);
            measures.add(change("records", name, b, a, false, d -> (double) d.records()));
            measures.add(change("residents", name, b, a, false, d -> (double) d.residents()));
            measures.add(change("duplicate_rate", name, b, a, true, DatasetMeasures::duplicateRate));
            measures.add(change("linked_share", name, b, a, true, DatasetMeasures::linkedShare));
            measures.add(change("uprn_coverage", name, b, a, true, DatasetMeasures::uprnCoverage));
        }
        measures.add(new Change("unique_residents", "all", oldOverlap.uniqueResidents(), overlap.uniqueResidents(),
                false));
        measures.add(new Change("multi_service_share", "all", multiShare(oldOverlap), multiShare(overlap), true));
        measures.add(new Change("records_per_resident", "all", oldOverlap.recordsPerResident(),
                overlap.recordsPerResident(), false));
        measures.add(new Change("conflicting_dob", "all", oldOverlap.conflictingDobRate(),
                overlap.conflictingDobRate(), true));
        List<LevelChange> lv = new ArrayList<>();
        for (MaturityAssessment a : levels) {
            int b = oldLevels.stream().filter(o -> o.id().equals(a.id())).mapToInt(MaturityAssessment::level)
                    .findFirst().orElse(0);
            lv.add(new LevelChange(a.id(), a.characteristic(), b, a.level()));
        }
        return new Trend(baselineDir, measures, lv, residents(old, now));
    }

    private static double multiShare(ServiceOverlap o) {
        long multi = o.residentsByServices().get("2") + o.residentsByServices().get("3+");
        return o.uniqueResidents() == 0 ? 0 : Math.round(10_000.0 * multi / o.uniqueResidents()) / 10_000.0;
    }

    private static Change change(String measure, String dataset, DatasetMeasures b, DatasetMeasures a, boolean pct,
                                 java.util.function.ToDoubleFunction<DatasetMeasures> f) {
        return new Change(measure, dataset, b == null ? Double.NaN : f.applyAsDouble(b),
                a == null ? Double.NaN : f.applyAsDouble(a), pct);
    }

    static ResidentChanges residents(Population old, Population now) {
        Map<String, String> oldEntity = new HashMap<>();
        old.all().forEach(r -> oldEntity.put(r.ref(), r.entityId()));
        Map<String, String> newEntity = new HashMap<>();
        now.all().forEach(r -> newEntity.put(r.ref(), r.entityId()));
        Map<String, Set<String>> newToOld = new HashMap<>();
        Map<String, Set<String>> oldToNew = new HashMap<>();
        long kept = 0;
        for (Map.Entry<String, String> e : newEntity.entrySet()) {
            String o = oldEntity.get(e.getKey());
            newToOld.computeIfAbsent(e.getValue(), k -> new HashSet<>());
            if (o != null) {
                kept++;
                newToOld.get(e.getValue()).add(o);
                oldToNew.computeIfAbsent(o, k -> new HashSet<>()).add(e.getValue());
            }
        }
        long fresh = 0;
        long merged = 0;
        long continuing = 0;
        for (Set<String> olds : newToOld.values()) {
            if (olds.isEmpty()) {
                fresh++;
            } else if (olds.size() > 1) {
                merged++;
            } else if (oldToNew.get(olds.iterator().next()).size() == 1) {
                continuing++;
            }
        }
        long split = oldToNew.values().stream().filter(s -> s.size() > 1).count();
        long gone = old.entities().stream().filter(o -> !oldToNew.containsKey(o)).count();
        return new ResidentChanges(old.entities().size(), now.entities().size(), continuing, fresh, merged, split,
                gone, kept, newEntity.size() - kept, oldEntity.size() - kept);
    }
}
