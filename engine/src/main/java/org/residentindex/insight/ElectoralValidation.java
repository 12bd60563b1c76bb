package org.residentindex.insight;

import java.util.ArrayList;
import java.util.List;

/**
 * Electoral-register validation (Camden validated 80% of its register against its own records where the DWP
 * check managed about 50%): an elector is <em>corroborated</em> when a record of the same resident in another
 * dataset places them at the same property. The headline is the corroborated share; uncorroborated electors
 * are flagged.
 */
public final class ElectoralValidation implements Insight {

    private final InsightSources sources;

    public ElectoralValidation(InsightSources sources) {
        this.sources = sources;
    }

    @Override
    public String id() {
        return "electoral_validation";
    }

    @Override
    public InsightResult find(Population population) {
        List<LinkedRecord> electors = population.records(sources.electoralRegister());
        List<Flag> flags = new ArrayList<>();
        for (LinkedRecord e : electors) {
            List<LinkedRecord> others = population.ofEntity(e.entityId()).stream()
                    .filter(o -> !o.source().equals(e.source())).toList();
            boolean corroborated = e.property().isKnown() && others.stream()
                    .anyMatch(o -> e.property().key().equals(o.property().key()));
            if (!corroborated) {
                flags.add(Flag.of(e, evidence(e, others)));
            }
        }
        long validated = electors.size() - flags.size();
        double rate = Ratio.of(validated, electors.size());
        return new InsightResult(id(), "Electoral register validation", sources.electoralRegister(),
                "An elector is validated when another service's record of the same resident (as linked) places"
                        + " them at the same property (UPRN, gazetteer match or exact address). Unvalidated"
                        + " electors are listed for a canvass check.",
                electors.size(), flags.size(), String.format(java.util.Locale.ROOT, "validated %,d of %,d electors",
                validated, electors.size()),
                rate, flags);
    }

    private static List<Fact> evidence(LinkedRecord e, List<LinkedRecord> others) {
        List<Fact> ev = new ArrayList<>();
        if (!e.property().isKnown()) {
            ev.add(Fact.of("unplaced"));
        }
        if (others.isEmpty()) {
            ev.add(Fact.of("no_other_service"));
        } else {
            ev.add(Fact.of("elsewhere", refs(others)));
        }
        return ev;
    }

    static String refs(List<LinkedRecord> records) {
        List<String> refs = new ArrayList<>();
        for (LinkedRecord r : records) {
            refs.add(r.ref());
        }
        return String.join(", ", refs);
    }
}
