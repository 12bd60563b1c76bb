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
        Set<String> tenancyRefs = new java.util.TreeSet<>();
        Set<String> flaggedTenancies = new java.util.TreeSet<>();
        long unplaced = 0;
        for (LinkedRecord t : tenancies) {
            if (!t.property().isKnown()) {
                unplaced++;
                continue;
            }
            tenancyRefs.add(tenancyOf(t));
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
            flaggedTenancies.add(tenancyOf(t));
            flags.add(Flag.of(t, List.of(Fact.of("tenant_elsewhere", ElectoralValidation.refs(others)),
                    Fact.of("strangers", occupants.size(), ElectoralValidation.refs(strangers)))));
        }
        long examinedRecords = tenancies.size() - unplaced;
        return new InsightResult(id(), "Possible subletting of council tenancies", sources.tenancies(),
                "A tenancy is flagged when the tenant's records in other services place them at other properties"
                        + " and none at the tenancy, and adults with another surname (other residents, from adult"
                        + " services) are recorded at the tenancy property.",
                examinedRecords, flags.size(), String.format(java.util.Locale.ROOT,
                        "%,d of %,d tenancies flagged (%,d of %,d tenant records)", flaggedTenancies.size(),
                        tenancyRefs.size(), flags.size(), examinedRecords),
                Ratio.of(flaggedTenancies.size(), tenancyRefs.size()), flags,
                new InsightResult.Base(unplaced, unplaced == 0 ? null : "the tenant record's address could not be"
                        + " placed at a property", "tenancies", tenancyRefs.size(), flaggedTenancies.size()));
    }

    /**
     * The tenancy a tenant record belongs to: its tenancy reference column (an {@code other} column whose name
     * holds "tenancy" and "ref" or "number"), else the property — joint tenants share one tenancy, so counting
     * tenant records would overstate the tenancies.
     */
    static String tenancyOf(LinkedRecord t) {
        for (java.util.Map.Entry<String, String> e : t.record().other().entrySet()) {
            String column = e.getKey().toLowerCase(java.util.Locale.ROOT);
            if (column.contains("tenancy") && (column.contains("ref") || column.contains("number")
                    || column.contains("id")) && e.getValue() != null && !e.getValue().isBlank()) {
                return "ref:" + e.getValue().trim();
            }
        }
        return "property:" + t.property().key();
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
