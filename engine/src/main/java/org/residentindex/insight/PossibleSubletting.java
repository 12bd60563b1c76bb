package org.residentindex.insight;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Possible subletting of council tenancies (Camden flagged 752 properties): a tenancy is flagged when
 * (a) the tenant's records in other services place them at some other property and none at the tenancy, and
 * (b) adults not sharing the tenant's surname — residents other than the tenant, from adult datasets — are
 * recorded at the tenancy property. Both conditions are needed: (a) alone is a recent move, (b) alone a lodger.
 */
public final class PossibleSubletting implements Insight {

    private final InsightSources sources;

    public PossibleSubletting(InsightSources sources) {
        this.sources = sources;
    }

    @Override
    public String id() {
        return "possible_subletting";
    }

    @Override
    public InsightResult find(Population population) {
        List<LinkedRecord> tenancies = population.records(sources.tenancies());
        List<Flag> flags = new ArrayList<>();
        for (LinkedRecord t : tenancies) {
            if (!t.property().isKnown()) {
                continue;
            }
            String home = t.property().key();
            List<LinkedRecord> others = population.ofEntity(t.entityId()).stream()
                    .filter(o -> !o.source().equals(t.source()) && o.property().isKnown()).toList();
            boolean livesHere = others.stream().anyMatch(o -> home.equals(o.property().key()));
            if (others.isEmpty() || livesHere) {
                continue;
            }
            List<LinkedRecord> strangers = unrelatedAdults(population, t);
            if (strangers.isEmpty()) {
                continue;
            }
            Set<String> occupants = new LinkedHashSet<>();
            strangers.forEach(s -> occupants.add(s.entityId()));
            flags.add(new Flag(t, List.of(
                    "the tenant's other records place them elsewhere and none at the tenancy: "
                            + ElectoralValidation.refs(others),
                    occupants.size() + " adult resident(s) with another surname recorded at the property: "
                            + ElectoralValidation.refs(strangers))));
        }
        return new InsightResult(id(), "Possible subletting of council tenancies", sources.tenancies(),
                "A tenancy is flagged when the tenant's records in other services place them at other properties"
                        + " and none at the tenancy, and adults with another surname (other residents, from adult"
                        + " services) are recorded at the tenancy property.",
                tenancies.size(), flags.size(), flags.size() + " of " + tenancies.size() + " tenancies flagged",
                Ratio.of(flags.size(), tenancies.size()), flags);
    }

    private List<LinkedRecord> unrelatedAdults(Population population, LinkedRecord tenant) {
        String surname = tenant.record().surname();
        List<LinkedRecord> found = new ArrayList<>();
        for (LinkedRecord r : population.atProperty(tenant.property().key())) {
            if (!r.entityId().equals(tenant.entityId()) && sources.isAdult(r.source())
                    && r.record().surname() != null && !Objects.equals(r.record().surname(), surname)) {
                found.add(r);
            }
        }
        return found;
    }
}
