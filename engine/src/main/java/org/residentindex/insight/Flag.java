package org.residentindex.insight;

import java.util.List;
import java.util.Objects;

/**
 * One flagged record with the evidence behind the flag. The evidence sentences hold only counts, service
 * names and record references ({@code source#id}) — never names, dates of birth or addresses — so they can be
 * shown unmasked; the subject's personal data is rendered by the report through its masker.
 *
 * @param subject  the flagged record (the elector, tenancy, admission or child)
 * @param evidence why it was flagged, one English sentence per fact
 * @param facts    the same facts as message keys and arguments, for other languages
 */
public record Flag(LinkedRecord subject, List<String> evidence, List<Fact> facts) {

    public Flag {
        Objects.requireNonNull(subject, "subject");
        evidence = List.copyOf(evidence);
        facts = List.copyOf(facts);
    }

    /** A flag from its facts; the evidence is their English text. */
    static Flag of(LinkedRecord subject, List<Fact> facts) {
        return new Flag(subject, facts.stream().map(Fact::english).toList(), facts);
    }
}
