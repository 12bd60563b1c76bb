package org.residentindex.block;

import java.util.ArrayList;
import java.util.List;

/**
 * The exact-key stage as a {@link CandidateSource}: the {@link BlockingRule}s grouped by a {@link KeyBlocker}, one
 * report row per rule.
 *
 * @param blocker the blocker (its block-size cap)
 * @param rules   the rules, in report order
 */
public record KeyRules(KeyBlocker blocker, List<BlockingRule> rules) implements CandidateSource {

    public KeyRules {
        rules = List.copyOf(rules);
    }

    @Override
    public CandidatePairs extend(CandidateRecords records, CandidatePairs found) {
        CandidatePairs blocked = blocker.block(records.size(), rules, records::ids);
        if (found.size() == 0 && found.rules().isEmpty()) {
            return blocked;
        }
        List<RuleReport> reports = new ArrayList<>(found.rules());
        reports.addAll(blocked.rules());
        return new CandidatePairs(records.size(), FuzzyFallback.union(found.pairs(), blocked.pairs()), reports);
    }
}
