package org.residentindex.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.residentindex.cluster.RecordKey;

/** The documented survivorship rules, and that the result does not depend on record order. */
class SurvivorshipTest {

    private static LiveRecord r(String source, String id, long day, Map<String, String> f) {
        return new LiveRecord(new RecordKey(source, id), "R1", f, Instant.EPOCH.plusSeconds(day * 86400));
    }

    private final List<LiveRecord> records = List.of(
            r("council_tax", "1", 10, Map.of("given_name", "Sian", "surname", "Jones", "address", "1 High St",
                    "postcode", "SA31 1AA", "uprn", "100")),
            r("electoral_register", "2", 20, Map.of("given_name", "Sian", "surname", "Jones", "address", "2 Low St",
                    "postcode", "SA31 2BB", "uprn", "200", "ni_number", "AB123456C")),
            r("social_care", "3", 5, Map.of("given_name", "Sioned", "surname", "Jones", "ni_number", "ZZ999999Z")));

    @Test
    void defaults_frequentNames_recentAddressAsAGroup_trustedIdentifier() {
        Survivorship s = Survivorship.of(Map.of(), List.of("social_care", "electoral_register"));
        GoldenRecord g = s.golden("R1", records);
        assertThat(g.value("given_name")).isEqualTo("Sian");
        assertThat(g.fields().get("given_name").support()).isEqualTo(2);
        assertThat(g.value("address")).isEqualTo("2 Low St");
        assertThat(g.value("postcode")).isEqualTo("SA31 2BB");
        assertThat(g.value("uprn")).isEqualTo("200");
        assertThat(g.fields().get("address").rule()).isEqualTo("most_recent");
        assertThat(g.value("ni_number")).isEqualTo("ZZ999999Z");
        assertThat(g.fields().get("ni_number").source()).isEqualTo("social_care");
    }

    @Test
    void configured_mostTrustedAddress_takesTheTrustedSourcesWholeAddress() {
        Survivorship s = Survivorship.of(Map.of("address", Survivorship.Rule.MOST_TRUSTED), List.of("council_tax"));
        GoldenRecord g = s.golden("R1", records);
        assertThat(g.value("address")).isEqualTo("1 High St");
        assertThat(g.value("uprn")).isEqualTo("100");
    }

    @Test
    void golden_anyRecordOrder_sameResult() {
        Survivorship s = Survivorship.defaults();
        GoldenRecord first = s.golden("R1", records);
        List<LiveRecord> shuffled = new ArrayList<>(records);
        Collections.reverse(shuffled);
        assertThat(s.golden("R1", shuffled)).isEqualTo(first);
    }
}
