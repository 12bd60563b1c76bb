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
    public static final Map<String, String> DEFAULT_SCENARIOS = Map.of(
            "electoral_validation", "uncorroborated_elector",
            "possible_subletting", "sublet",
            "school_address", "school_address_fraud",
            "household_change", "social_care_household_change");

    private final Map<String, String> scenarioOf;

    public FlagScorer(Map<String, String> scenarioOf) {
        this.scenarioOf = new LinkedHashMap<>(scenarioOf);
    }

    /** Scores each result whose insight has a scenario mapping; results in the given order. */
    public List<FlagScore> score(List<InsightResult> results, List<Scenario> scenarios) {
        List<FlagScore> scores = new ArrayList<>();
        for (InsightResult result : results) {
            String name = scenarioOf.get(result.id());
            if (name == null) {
                continue;
            }
            Set<String> flagged = new HashSet<>();
            for (Flag f : result.flags()) {
                flagged.add(f.subject().ref());
            }
            Set<String> planted = new HashSet<>();
            for (Scenario s : scenarios) {
                if (s.scenario().equals(name) && s.source().equals(result.source())) {
                    planted.add(s.ref());
                }
            }
            long correct = flagged.stream().filter(planted::contains).count();
            scores.add(new FlagScore(result.id(), name, flagged.size(), planted.size(), correct,
                    Ratio.of(correct, flagged.size()), Ratio.of(correct, planted.size())));
        }
        return scores;
    }
}
