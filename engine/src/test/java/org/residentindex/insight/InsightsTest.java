package org.residentindex.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InsightsTest {

    private static final InsightSources SOURCES = InsightSources.defaults();
    private static final String[] ALL = {"council_tax", "electoral_register", "housing_tenancies",
        "school_admissions", "social_care", "housing_benefit"};

    @Test
    void electoralValidation_electorCorroboratedAtSameProperty_onlyOthersFlagged() {
        Population p = new TestRecords(ALL)
                .add("electoral_register", "E1", "A", "Dafydd", "Jones", null, "SA31 1AB", "1", null)
                .add("council_tax", "C1", "A", "David", "Jones", null, "SA31 1AB", "1", null)
                .add("electoral_register", "E2", "B", "Huw", "Price", null, "SA31 1AB", "2", null)
                .add("council_tax", "C2", "B", "Huw", "Price", null, "SA31 1AB", "9", null)
                .add("electoral_register", "E3", "C", "Sian", "Evans", null, "SA31 1AB", "3", null)
                .population();

        InsightResult r = new ElectoralValidation(SOURCES).find(p);

        assertThat(r.examined()).isEqualTo(3);
        assertThat(r.flags()).extracting(f -> f.subject().recordId()).containsExactly("E2", "E3");
        assertThat(r.headlineValue()).isEqualTo(0.3333);
        assertThat(r.flags().get(0).evidence()).anyMatch(e -> e.contains("council_tax#C2"));
        assertThat(r.flags().get(1).evidence()).contains("the resident appears in no other service");
    }

    @Test
    void possibleSubletting_tenantElsewhereAndStrangersAtProperty_flagged() {
        Population p = new TestRecords(ALL)
                // T1: tenant lives elsewhere, two unrelated adults at the tenancy -> flagged
                .add("housing_tenancies", "T1", "A", "Rhys", "Morgan", null, "SA15 2CD", "5", 500L)
                .add("council_tax", "C1", "A", "Rhys", "Morgan", null, "SA15 9ZZ", "1", 900L)
                .add("electoral_register", "E1", "X", "Anna", "Nowak", null, "SA15 2CD", "5", 500L)
                .add("council_tax", "C2", "Y", "Tom", "Smith", null, "SA15 2CD", "5", 500L)
                // T2: tenant also elsewhere, but only family (same surname) at the tenancy -> not flagged
                .add("housing_tenancies", "T2", "B", "Gwen", "Lloyd", null, "SA15 2CD", "6", 600L)
                .add("council_tax", "C3", "B", "Gwen", "Lloyd", null, "SA15 9ZZ", "2", 901L)
                .add("electoral_register", "E2", "Z", "Ifan", "Lloyd", null, "SA15 2CD", "6", 600L)
                // T3: tenant lives at the tenancy with a lodger -> not flagged
                .add("housing_tenancies", "T3", "C", "Mair", "Owen", null, "SA15 2CD", "7", 700L)
                .add("electoral_register", "E3", "C", "Mair", "Owen", null, "SA15 2CD", "7", 700L)
                .add("electoral_register", "E4", "W", "Jan", "Kowal", null, "SA15 2CD", "7", 700L)
                .population();

        InsightResult r = new PossibleSubletting(SOURCES).find(p);

        assertThat(r.flags()).extracting(f -> f.subject().recordId()).containsExactly("T1");
        assertThat(r.flags().get(0).evidence().get(1)).startsWith("2 adult resident(s)");
        assertThat(r.flagged()).isEqualTo(1);
        assertThat(r.examined()).isEqualTo(3);
    }

    @Test
    void schoolAddressCheck_familyAbsentFromAdmissionAddress_flagged() {
        Population p = new TestRecords(ALL)
                // S1: parent (same surname) on the council tax at the address -> fine
                .add("school_admissions", "S1", "K1", "Cerys", "Hughes", "2015-03-01", "SA18 3EF", "4", null)
                .add("council_tax", "C1", "P1", "Alun", "Hughes", null, "SA18 3EF", "4", null)
                // S2: parent surname column names the family; the parent is there under another surname
                .add("school_admissions", "S2", "K2", "Ffion", "Bowen", "2014-01-01", "SA18 3EF", "8", null,
                        Map.of("parent_guardian_name", "Llinos Parry"))
                .add("electoral_register", "E2", "P2", "Llinos", "Parry", null, "SA18 3EF", "8", null)
                // S3: only strangers at the admission address; the child lives elsewhere -> flagged
                .add("school_admissions", "S3", "K3", "Gethin", "Rees", "2015-06-01", "SA18 3EF", "9", null)
                .add("council_tax", "C3", "Q", "Emma", "Brown", null, "SA18 3EF", "9", null)
                .add("social_care", "SC3", "K3", "Gethin", "Rees", "2015-06-01", "SA19 1AA", "1", null)
                // S4: nobody else recorded at the admission address: not enough evidence -> not flagged
                .add("school_admissions", "S4", "K4", "Elis", "Roberts", "2015-06-01", "SA18 3EF", "12", null)
                .population();

        InsightResult r = new SchoolAddressCheck(SOURCES).find(p);

        assertThat(r.flags()).extracting(f -> f.subject().recordId()).containsExactly("S3");
        assertThat(r.flags().get(0).evidence().get(1)).contains("social_care#SC3");
    }

    @Test
    void householdChange_adultJoinsBetweenExtracts_flaggedWithJoinerRef() {
        TestRecords first = new TestRecords(ALL)
                .add("social_care", "K1", "k", "Nia", "Davies", "2016-01-01", null, null, 300L)
                .add("council_tax", "C1", "m", "Eleri", "Davies", null, null, null, 300L)
                .add("social_care", "K2", "k2", "Osian", "Roberts", "2016-01-01", null, null, 400L)
                .add("council_tax", "C2", "m2", "Mared", "Roberts", null, null, null, 400L);
        TestRecords second = new TestRecords(ALL)
                .add("social_care", "K1", "e1", "Nia", "Davies", "2016-01-01", null, null, 300L)
                .add("council_tax", "C1", "e2", "Eleri", "Davies", null, null, null, 300L)
                .add("electoral_register", "E9", "e3", "Gareth", "Walsh", null, null, null, 300L)
                .add("social_care", "K2", "e4", "Osian", "Roberts", "2016-01-01", null, null, 400L)
                .add("council_tax", "C2", "e5", "Mared", "Roberts", null, null, null, 400L);

        InsightResult r = new HouseholdChange(SOURCES, second.population()).find(first.population());

        assertThat(r.examined()).isEqualTo(2);
        assertThat(r.flags()).extracting(f -> f.subject().recordId()).containsExactly("K1");
        assertThat(r.flags().get(0).evidence()).contains("1 adult(s) joined: electoral_register#E9");
    }

    @Test
    void householdChange_adultLeaves_flagged() {
        TestRecords first = new TestRecords(ALL)
                .add("social_care", "K1", "k", "Nia", "Davies", null, null, null, 300L)
                .add("council_tax", "C1", "m", "Eleri", "Davies", null, null, null, 300L)
                .add("electoral_register", "E1", "d", "Rhodri", "Davies", null, null, null, 300L);
        TestRecords second = new TestRecords(ALL)
                .add("social_care", "K1", "k", "Nia", "Davies", null, null, null, 300L)
                .add("council_tax", "C1", "m", "Eleri", "Davies", null, null, null, 300L)
                .add("electoral_register", "E1", "d", "Rhodri", "Davies", null, null, null, 999L);

        InsightResult r = new HouseholdChange(SOURCES, second.population()).find(first.population());

        assertThat(r.flags()).hasSize(1);
        assertThat(r.flags().get(0).evidence()).contains("1 adult(s) left: electoral_register#E1");
    }

    @Test
    void flagScorer_flagsAgainstPlanted_precisionAndRecall() {
        Population p = new TestRecords(ALL)
                .add("electoral_register", "E1", "A", "A", "Jones", null, "SA31 1AB", "1", null)
                .add("electoral_register", "E2", "B", "B", "Jones", null, "SA31 1AB", "2", null)
                .population();
        InsightResult r = new ElectoralValidation(SOURCES).find(p);
        List<Scenario> planted = List.of(new Scenario("elector_no_other_evidence", "electoral_register", "E1"),
                new Scenario("elector_no_other_evidence", "electoral_register", "E7"),
                new Scenario("elector_no_other_evidence", "council_tax", "C1"),
                new Scenario("tenancy_sublet", "housing_tenancies", "T1"));

        FlagScore s = new FlagScorer(FlagScorer.DEFAULT_SCENARIOS).score(List.of(r), planted).get(0);

        assertThat(s.flagged()).isEqualTo(2);
        assertThat(s.planted()).isEqualTo(2);
        assertThat(s.correct()).isEqualTo(1);
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(0.5);
    }
}
