package org.residentindex.link;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.residentindex.score.ComparisonSpec;
import org.residentindex.score.EmEstimator;
import org.residentindex.score.FellegiSunterModel;
import org.residentindex.score.PatternCounts;
import org.residentindex.score.UEstimator;

/**
 * Estimates the model of a run: u from random record pairs, then m and λ by EM over the candidate pairs' pattern
 * counts with u held fixed.
 */
final class TrainedModel {

    private TrainedModel() {
    }

    /** The fields to compare: canonical fields held by any record, then "other" columns, at most the packing limit. */
    static List<String> fieldsOf(RecordStore store) {
        List<String> fields = new ArrayList<>();
        for (String f : RecordFields.CANONICAL_FIELDS) {
            Column c = store.column(f);
            if (c != null && c.distinct() > 0) {
                fields.add(f);
            }
        }
        for (String name : store.columnNames()) {
            Column c = store.column(name);
            if (name.startsWith(org.residentindex.compare.Comparators.OTHER_PREFIX) && c.distinct() > 1
                    && fields.size() < PairVectors.MAX_FIELDS) {
                fields.add(name);
            }
        }
        return fields;
    }

    /** u from {@link LinkDefaults#U_SAMPLE} random pairs, then EM over the candidates' patterns. */
    static FellegiSunterModel train(ExecutorService pool, ComparisonPlan plan, int records, PatternCounts candidates) {
        List<ComparisonSpec> specs = plan.specs();
        PatternCounts random = PairVectors.randomPairs(pool, plan, records, LinkDefaults.U_SAMPLE, LinkDefaults.SEED);
        double[][] u = UEstimator.estimate(random);
        // Start λ from "about one true pair per record" among the candidates; EM moves it from there.
        double start = Math.min(0.5, Math.max(1e-4, records / 2.0 / Math.max(1, candidates.total())));
        return EmEstimator.defaults().estimate(candidates, u, start).model();
    }

    static List<String> fieldNames(List<ComparisonSpec> specs) {
        return specs.stream().map(ComparisonSpec::field).toList();
    }
}
