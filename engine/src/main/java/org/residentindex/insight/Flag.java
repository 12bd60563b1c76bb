package org.residentindex.insight;

import java.util.List;
import java.util.Objects;

/**
 * One flagged record with the evidence behind the flag. The evidence sentences hold only counts, service
 * names and record references ({@code source#id}) — never names, dates of birth or addresses — so they can be
 * shown unmasked; the subject's personal data is rendered by the report through its masker.
 *
 * @param subject  the flagged record (the elector, tenancy, admission or child)
 * @param evidence why it was flagged, one sentence per fact
 */
public record Flag(LinkedRecord subject, List<String> evidence) {

    public Flag {
        Objects.requireNonNull(subject, "subject");
        evidence = List.copyOf(evidence);
    }
}
