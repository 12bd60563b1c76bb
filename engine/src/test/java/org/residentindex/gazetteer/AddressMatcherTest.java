package org.residentindex.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddressMatcherTest {

    @TempDir
    static Path dir;

    static Gazetteer gazetteer;
    static AddressMatcher matcher;

    @BeforeAll
    static void load() throws IOException {
        Path csv = dir.resolve("gazetteer.csv");
        try (InputStream in = AddressMatcherTest.class.getResourceAsStream("small-gazetteer.csv")) {
            Files.copy(in, csv, StandardCopyOption.REPLACE_EXISTING);
        }
        gazetteer = Gazetteer.open(csv, GazetteerOptions.defaults());
        matcher = AddressMatcher.of(gazetteer);
    }

    @AfterAll
    static void close() {
        gazetteer.close();
    }

    private static AddressQuery q(String flat, String number, String name, String street, String town, String pc) {
        return new AddressQuery(flat, number, null, name, street, null, town, pc);
    }

    @Test
    void match_englishStreetOfBilingualProperty_exact() {
        AddressMatch m = matcher.match(q(null, "14", null, "Bryn Road", "Carmarthen", "SA31 1AB"));
        assertThat(m.status()).isEqualTo(MatchStatus.EXACT);
        assertThat(m.uprn()).isEqualTo(100100000001L);
    }

    @Test
    void match_welshStreetAndTown_exact() {
        AddressMatch m = matcher.match(q(null, "16", null, "Heol y Bryn", "Caerfyrddin", "SA31 1AB"));
        assertThat(m.status()).isEqualTo(MatchStatus.EXACT);
        assertThat(m.uprn()).isEqualTo(100100000002L);
    }

    @Test
    void match_englishFormOfWelshOnlyStreet_matchesThroughDescriptorKey() {
        // The property has only the Welsh "Lon Fach"; "Fach Lane" carries the same name and descriptor.
        AddressMatch m = matcher.match(q(null, null, "Ty Gwyn", "Fach Lane", "Carmarthen", "SA33 5AA"));
        assertThat(m.uprn()).isEqualTo(100100000004L);
        assertThat(m.status().isMatch()).isTrue();
        assertThat(m.reason()).contains("street=name");
    }

    @Test
    void match_otherDescriptorWithoutPostcode_foundByStreetName() {
        AddressMatch m = matcher.match(q(null, "21", null, "Heol y Brenin", "Carmarthen", null));
        // "Heol y Brenin" is not the gazetteer's "Stryd y Brenin" but shares the name.
        assertThat(m.reason()).startsWith("route=street");
        assertThat(m.uprn()).isEqualTo(100100000010L);
    }

    @Test
    void match_misspeltStreetWithoutPostcode_foundByLuceneSearch() {
        AddressMatch m = matcher.match(q(null, null, "Bryn Awel", "Lon Fahc", "Llangain", null));
        assertThat(m.reason()).matches("route=(search|fuzzy_search) .*");
        assertThat(m.uprn()).isEqualTo(100100000005L);
    }

    @Test
    void match_misspeltWelshStreetAndTown_foundByFuzzySearch() {
        AddressMatch m = matcher.match(q(null, "8", null, "Heol Awsst", "Caerfyrddin", null));
        assertThat(m.reason()).startsWith("route=fuzzy_search");
        assertThat(m.uprn()).isZero(); // two flats at 8 and no flat given: never one of them
        assertThat(m.status()).isIn(MatchStatus.AMBIGUOUS, MatchStatus.NONE, MatchStatus.PARENT_ONLY);
    }

    @Test
    void match_houseNameWithoutNumber_matchesNamedHouse() {
        AddressMatch m = matcher.match(q(null, null, "Bryn Awel", "Lon Fach", "Llangain", "SA33 5AA"));
        assertThat(m.status()).isEqualTo(MatchStatus.EXACT);
        assertThat(m.uprn()).isEqualTo(100100000005L);
    }

    @Test
    void match_postcodeTypo_stillMatchesFuzzy() {
        AddressMatch m = matcher.match(q(null, "18", null, "Bryn Road", "Carmarthen", "SA31 1AD"));
        assertThat(m.status()).isEqualTo(MatchStatus.FUZZY);
        assertThat(m.uprn()).isEqualTo(100100000003L);
    }

    @Test
    void match_wrongPostcodeOtherwiseExact_fuzzyViaSearch() {
        AddressMatch m = matcher.match(q(null, "7", null, "Station Road", "Llanelli", "SA31 1AB"));
        assertThat(m.status()).isEqualTo(MatchStatus.FUZZY);
        assertThat(m.uprn()).isEqualTo(100100000022L);
    }

    @Test
    void match_roadInsteadOfLane_fuzzy() {
        AddressMatch m = matcher.match(q(null, "5", null, "Mill Road", "Kidwelly", "SA17 4AA"));
        assertThat(m.status()).isEqualTo(MatchStatus.FUZZY);
        assertThat(m.uprn()).isEqualTo(100100000041L);
    }

    @Test
    void match_floorDescriptionsWrittenDifferently_findFlat() {
        AddressMatch first = matcher.match(q("First Floor Flat", "21", null, "King Street", "Carmarthen", "SA31 1BD"));
        assertThat(first.uprn()).isEqualTo(100100000011L);
        assertThat(first.status().isMatch()).isTrue();
        AddressMatch basement = matcher.match(q("Basement Flat", "21", null, "King Street", null, "SA31 1BD"));
        assertThat(basement.uprn()).isEqualTo(100100000012L);
    }

    @Test
    void match_businessNameInFrontOfNumber_matchesBuilding() {
        AddressMatch m = matcher.match(q(null, "14", "Jones The Bakers", "Bryn Road", "Carmarthen", "SA31 1AB"));
        assertThat(m.uprn()).isEqualTo(100100000001L);
        assertThat(m.status().isMatch()).isTrue();
    }

    @Test
    void match_flatNumber_matchesFlatNotBuilding() {
        AddressMatch m = matcher.match(q("Flat 2", "8", null, "Lammas Street", "Carmarthen", "SA31 3AQ"));
        assertThat(m.status()).isEqualTo(MatchStatus.EXACT);
        assertThat(m.uprn()).isEqualTo(100100000051L);
    }

    @Test
    void match_buildingWithFlatsWithoutFlat_parentOnly() {
        AddressMatch m = matcher.match(q(null, "21", null, "King Street", "Carmarthen", "SA31 1BD"));
        assertThat(m.status()).isEqualTo(MatchStatus.PARENT_ONLY);
        assertThat(m.uprn()).isEqualTo(100100000010L);
    }

    @Test
    void match_twoIdenticalFlatsWithoutFlatNumber_ambiguousWithAlternatives() {
        AddressMatch m = matcher.match(q("Flat", "30", null, "Market Street", "Ammanford", "SA18 2AB"));
        assertThat(m.status()).isEqualTo(MatchStatus.AMBIGUOUS);
        assertThat(m.uprn()).isZero();
        assertThat(m.alternatives()).extracting(AddressMatch.Candidate::uprn)
                .containsExactly(100100000031L, 100100000032L);
    }

    @Test
    void match_suffixMissing_doesNotPickSuffixedHouse() {
        AddressMatch m = matcher.match(q(null, "5", null, "Station Road", "Llanelli", "SA15 2AA"));
        assertThat(m.uprn()).isEqualTo(100100000020L);
        AddressMatch a = matcher.match(new AddressQuery(null, "5", "A", null, "Station Road", null, null, "SA15 2AA"));
        assertThat(a.uprn()).isEqualTo(100100000021L);
    }

    @Test
    void match_outOfCountyAddress_none() {
        AddressMatch m = matcher.match(q(null, "10", null, "Downing Street", "London", "SW1A 2AA"));
        assertThat(m.status()).isEqualTo(MatchStatus.NONE);
        assertThat(m.uprn()).isZero();
    }

    @Test
    void match_numberNotInStreet_none() {
        AddressMatch m = matcher.match(q(null, "99", null, "Bryn Road", "Carmarthen", "SA31 1AB"));
        assertThat(m.status()).isEqualTo(MatchStatus.NONE);
    }

    @Test
    void check_unknownUprn_flaggedAndAddressMatched() {
        AddressMatch m = matcher.check(999L, q(null, "14", null, "Bryn Road", "Carmarthen", "SA31 1AB"));
        assertThat(m.reason()).startsWith("given_uprn=unknown");
        assertThat(m.uprn()).isEqualTo(100100000001L);
    }

    @Test
    void check_knownUprnAgreeingWithAddress_confirmed() {
        AddressMatch m = matcher.check(100100000002L, q(null, "16", null, "Bryn Road", null, "SA31 1AB"));
        assertThat(m.uprn()).isEqualTo(100100000002L);
        assertThat(m.reason()).startsWith("given_uprn=confirmed");
    }

    @Test
    void check_knownUprnOfAnotherAddress_notTrusted() {
        AddressMatch m = matcher.check(100100000040L, q(null, "16", null, "Bryn Road", null, "SA31 1AB"));
        assertThat(m.uprn()).isEqualTo(100100000002L);
        assertThat(m.reason()).startsWith("given_uprn=disagrees");
    }

    @Test
    void open_unchangedFile_reusesIndex() {
        try (Gazetteer again = Gazetteer.open(dir.resolve("gazetteer.csv"), GazetteerOptions.defaults())) {
            assertThat(again.indexWasBuilt()).isFalse();
            assertThat(again.size()).isEqualTo(gazetteer.size());
        }
    }
}
