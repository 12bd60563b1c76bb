package org.residentindex.insight;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores insight flags against planted scenarios: precision and recall per insight. The mapping from insight
 * id to scenario name defaults to the generator's names ({@link #DEFAULT_SCENARIOS}). Scenario rows whose
 * source an insight does not flag (e.g. the parent's record of a planted household) are not counted as
 * planted for that insight.
 */
public final class FlagScorer {

    /** Insight id → scenario name in {@code scenarios.csv}. */
    public static final Map<String, List<String>> DEFAULT_SCENARIOS = Map.of(
            "electoral_validation", List.of("elector_no_other_evidence"),
            "possible_subletting", List.of("tenancy_sublet"),
            "school_address", List.of("school_address_not_lived_at"),
            "household_change", List.of("care_household_gains_adult", "care_household_loses_adult"));

    private final Map<String, List<String>> scenarioOf;

    /** @param scenarioOf insight id → the scenario names its flags should find */
    public FlagScorer(Map<String, List<String>> scenarioOf) {
        this.scenarioOf = new LinkedHashMap<>(scenarioOf);
    }

    /** Scores each result whose insight has a scenario mapping; results in the given order. */
    public List<FlagScore> score(List<InsightResult> results, List<Scenario> scenarios) {
        List<FlagScore> scores = new ArrayList<>();
        for (InsightResult result : results) {
            List<String> names = scenarioOf.get(result.id());
            if (names == null) {
                continue;
            }
            Set<String> flagged = new HashSet<>();
            for (Flag f : result.flags()) {
                flagged.add(f.subject().ref());
            }
            Set<String> planted = new HashSet<>();
            for (Scenario s : scenarios) {
                if (names.contains(s.scenario()) && s.source().equals(result.source())) {
                    planted.add(s.ref());
                }
            }
            long correct = flagged.stream().filter(planted::contains).count();
            scores.add(new FlagScore(result.id(), String.join("+", names), flagged.size(), planted.size(), correct,
                    Ratio.of(correct, flagged.size()), Ratio.of(correct, planted.size())));
        }
        return scores;
    }
}
