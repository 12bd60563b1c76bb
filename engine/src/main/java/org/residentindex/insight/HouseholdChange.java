package org.residentindex.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Household composition change for children in social care between two extracts: for each child record
 * present (same record id) in both, the adults at the child's property in the first extract are compared with
 * those at the child's property in the second. An adult is a resident with records in an adult dataset at the
 * property; an adult counts as the same across extracts when one of their record ids is at the child's
 * property in both (record ids of unchanged records persist between extracts, entity ids need not). Adults
 * joining or leaving are flagged.
 */
public final class HouseholdChange implements Insight {

    private final InsightSources sources;
    private final Population later;

    /** @param later the second extract's population */
    public HouseholdChange(InsightSources sources, Population later) {
        this.sources = sources;
        this.later = later;
    }

    @Override
    public String id() {
        return "household_change";
    }

    @Override
    public InsightResult find(Population earlier) {
        List<Flag> flags = new ArrayList<>();
        long examined = 0;
        long skipped = 0;
        for (LinkedRecord child : earlier.records(sources.socialCare())) {
            LinkedRecord after = later.find(child.source(), child.recordId());
            if (after == null || !child.property().isKnown() || !after.property().isKnown()) {
                skipped++;
                continue;
            }
            examined++;
            Map<String, Set<String>> before = adults(earlier, child.property().key());
            Map<String, Set<String>> now = adults(later, after.property().key());
            List<String> left = missing(before, refs(now));
            List<String> joined = missing(now, refs(before));
            if (!left.isEmpty() || !joined.isEmpty()) {
                List<Fact> ev = new ArrayList<>();
                ev.add(Fact.of("adults", before.size(), now.size()));
                if (!joined.isEmpty()) {
                    ev.add(Fact.of("joined", joined.size(), String.join(", ", joined)));
                }
                if (!left.isEmpty()) {
                    ev.add(Fact.of("left", left.size(), String.join(", ", left)));
                }
                flags.add(Flag.of(child, ev));
            }
        }
        return new InsightResult(id(), "Household change for children in social care", sources.socialCare(),
                "For each child in social care present in both extracts, the adults recorded at the child's"
                        + " property (adult services) are compared; an adult is matched across extracts by record"
                        + " id. Adults joining or leaving are flagged for the child's social worker.",
                examined, flags.size(), flags.size() + " of " + examined + " children's households changed",
                Ratio.of(flags.size(), examined), flags, new InsightResult.Base(skipped, skipped == 0 ? null
                        : "the record is absent from the second extract, or an address could not be placed",
                        null, 0, 0));
    }

    /** Adult residents at a property: entity id → their record refs there. */
    private Map<String, Set<String>> adults(Population population, String property) {
        Map<String, Set<String>> adults = new LinkedHashMap<>();
        for (LinkedRecord r : population.atProperty(property)) {
            if (sources.isAdult(r.source())) {
                adults.computeIfAbsent(r.entityId(), k -> new LinkedHashSet<>()).add(r.ref());
            }
        }
        return adults;
    }

    private static Set<String> refs(Map<String, Set<String>> adults) {
        Set<String> all = new LinkedHashSet<>();
        adults.values().forEach(all::addAll);
        return all;
    }

    /** One representative ref for each adult none of whose refs is in {@code present}. */
    private static List<String> missing(Map<String, Set<String>> adults, Set<String> present) {
        List<String> out = new ArrayList<>();
        for (Set<String> refs : adults.values()) {
            if (refs.stream().noneMatch(present::contains)) {
                out.add(String.join("+", refs));
            }
        }
        return out;
    }
}
