package org.residentindex.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * School admissions at an address where the family has no other presence (Camden withdrew five places for
 * admissions fraud): an admission is flagged when no record in another service places, at the admission
 * property, the child (as linked) or anyone sharing the family surname — the child's surname or the surname in
 * a parent/guardian column ({@code other} column whose name contains "parent" or "guardian") — while other
 * people are recorded there (positive evidence the address is someone else's home). Admissions whose address
 * cannot be placed are not examined.
 */
public final class SchoolAddressCheck implements Insight {

    private final InsightSources sources;

    public SchoolAddressCheck(InsightSources sources) {
        this.sources = sources;
    }

    @Override
    public String id() {
        return "school_address";
    }

    @Override
    public InsightResult find(Population population) {
        List<Flag> flags = new ArrayList<>();
        long examined = 0;
        long unplaced = 0;
        for (LinkedRecord a : population.records(sources.schoolAdmissions())) {
            if (!a.property().isKnown()) {
                unplaced++;
                continue;
            }
            examined++;
            Set<String> family = familySurnames(a);
            List<LinkedRecord> atProperty = population.atProperty(a.property().key()).stream()
                    .filter(r -> !r.source().equals(a.source())).toList();
            boolean present = atProperty.stream().anyMatch(r -> r.entityId().equals(a.entityId())
                    || r.record().surname() != null && family.contains(r.record().surname()));
            if (present || atProperty.isEmpty()) {
                // An address nobody else is recorded at is more likely unknown to other services than misused.
                continue;
            }
            List<LinkedRecord> elsewhere = population.ofEntity(a.entityId()).stream()
                    .filter(r -> !r.source().equals(a.source())).toList();
            List<Fact> ev = new ArrayList<>();
            ev.add(Fact.of("no_family", atProperty.size()));
            ev.add(elsewhere.isEmpty() ? Fact.of("child_nowhere")
                    : Fact.of("child_records", ElectoralValidation.refs(elsewhere)));
            flags.add(Flag.of(a, ev));
        }
        return new InsightResult(id(), "School admissions at an address with no family presence",
                sources.schoolAdmissions(),
                "An admission is flagged when no other service records the child (as linked) or anyone with the"
                        + " family surname (child's or parent/guardian's) at the admission property, while other"
                        + " people are recorded there.",
                examined, flags.size(), String.format(Locale.ROOT, "%,d of %,d admissions flagged", flags.size(),
                        examined), Ratio.of(flags.size(), examined), flags,
                new InsightResult.Base(unplaced, unplaced == 0 ? null : "the admission's address could not be placed"
                        + " at a property, so it was not examined", null, 0, 0));
    }

    private static Set<String> familySurnames(LinkedRecord a) {
        Set<String> names = new TreeSet<>();
        if (a.record().surname() != null) {
            names.add(a.record().surname());
        }
        for (Map.Entry<String, String> e : a.record().other().entrySet()) {
            String column = e.getKey().toLowerCase(Locale.ROOT);
            boolean parentColumn = column.contains("parent") || column.contains("guardian");
            if (parentColumn && !column.contains("forename") && !column.contains("relationship")
                    && !column.contains("given") && !column.contains("first") && e.getValue() != null) {
                String[] words = AddressKey.fold(e.getValue().replace(",", " ")).split(" ");
                // "SURNAME, Forename" puts the surname first; "Forename Surname" last: keep both ends.
                names.add(words[words.length - 1]);
                if (e.getValue().contains(",")) {
                    names.add(words[0]);
                }
            }
        }
        names.remove("");
        return names;
    }
}
