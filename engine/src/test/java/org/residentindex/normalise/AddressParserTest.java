package org.residentindex.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.residentindex.model.CanonicalField;
import org.residentindex.model.ParsedAddress;

class AddressParserTest extends NormaliserContract<ParsedAddress> {

    private final AddressParser parser = new AddressParser();

    @Override
    Normaliser<ParsedAddress> normaliser() {
        return parser;
    }

    @Override
    List<String> samples() {
        return List.of("Flat 2, 14 Heol y Bryn, Caerfyrddin, SA31 1AB", "2/14 Bryn Road, Carmarthen",
                "14B High Street, Llanelli SA15 1AA", "Tŷ Gwyn, Llanddarog, Carmarthen", "İstasyon Road");
    }

    @Override
    Function<ParsedAddress, String> text() {
        return a -> String.join(", ", java.util.stream.Stream.of(a.flat(),
                a.houseNumber() == null ? null : a.houseNumber() + (a.houseSuffix() == null ? "" : a.houseSuffix())
                        + " " + a.street(), a.houseNumber() == null ? a.houseName() : null, a.locality(), a.town(),
                a.postcode() == null ? null : a.postcode().normalised())
                .filter(java.util.Objects::nonNull).toList());
    }

    @Test
    void normalise_flatCommaNumberWelshStreet_allParts() {
        ParsedAddress a = parser.normalise("Flat 2, 14 Heol y Bryn, Caerfyrddin, SA31 1AB");
        assertThat(a.flat()).isEqualTo("flat 2");
        assertThat(a.houseNumber()).isEqualTo("14");
        assertThat(a.street()).isEqualTo("heol y bryn");
        assertThat(a.streetName()).isEqualTo("bryn");
        assertThat(a.streetDescriptorKey()).isEqualTo("road");
        assertThat(a.town()).isEqualTo("caerfyrddin");
        assertThat(a.townKey()).isEqualTo("carmarthen");
        assertThat(a.postcode().normalised()).isEqualTo("SA31 1AB");
    }

    @Test
    void normalise_slashFlat_flatAndNumber() {
        ParsedAddress a = parser.normalise("2/14 Bryn Road, Carmarthen");
        assertThat(a.flat()).isEqualTo("flat 2");
        assertThat(a.houseNumber()).isEqualTo("14");
        assertThat(a.streetKey()).isEqualTo(parser.normalise("Flat 2, 14 Heol y Bryn, Caerfyrddin").streetKey())
                .isEqualTo("bryn|road");
        assertThat(a.townKey()).isEqualTo("carmarthen");
    }

    @Test
    void normalise_numberWithSuffixAndTrailingPostcode_split() {
        ParsedAddress a = parser.normalise("14B High Street, Llanelli SA15 1AA");
        assertThat(a.houseNumber()).isEqualTo("14");
        assertThat(a.houseSuffix()).isEqualTo("b");
        assertThat(a.streetKey()).isEqualTo("high|street");
        assertThat(a.town()).isEqualTo("llanelli");
        assertThat(a.postcode().district()).isEqualTo("SA15");
    }

    @Test
    void normalise_houseNameWithoutNumber_houseNameLocalityTown() {
        ParsedAddress a = parser.normalise("Tŷ Gwyn, Llanddarog, Carmarthen");
        assertThat(a.houseName()).isEqualTo("ty gwyn");
        assertThat(a.houseNumber()).isNull();
        assertThat(a.locality()).isEqualTo("llanddarog");
        assertThat(a.town()).isEqualTo("carmarthen");
    }

    @Test
    void normalise_floorFlatAndHouseNameBeforeNumber_allKept() {
        ParsedAddress a = parser.normalise("Ground Floor Flat, Ty Coch, 7 Stryd Fawr, Rhydaman");
        assertThat(a.flat()).isEqualTo("ground floor flat");
        assertThat(a.houseName()).isEqualTo("ty coch");
        assertThat(a.houseNumber()).isEqualTo("7");
        assertThat(a.streetKey()).isEqualTo(parser.normalise("7 High Street").streetKey());
        assertThat(a.townKey()).isEqualTo("ammanford");
    }

    @Test
    void normalise_bilingualStreetPairs_sameKey() {
        assertThat(key("Heol yr Eglwys")).isEqualTo(key("Church Road"));
        assertThat(key("Lôn Las")).isEqualTo(key("Las Lane"));
        assertThat(key("Ffordd y Felin")).isEqualTo(key("Mill Way"));
        assertThat(key("Heol y Bryn")).isNotEqualTo(key("Bryn Lane"));
    }

    @Test
    void parse_structuredColumns_takenAsGiven() {
        ParsedAddress a = parser.parse(Map.of(CanonicalField.FLAT, "3", CanonicalField.HOUSE_NUMBER, "22a",
                CanonicalField.STREET, "Heol Awst", CanonicalField.TOWN, "Carmarthen", CanonicalField.POSTCODE, "sa311aa"));
        assertThat(a.flat()).isEqualTo("flat 3");
        assertThat(a.houseNumber()).isEqualTo("22");
        assertThat(a.houseSuffix()).isEqualTo("a");
        assertThat(a.streetKey()).isEqualTo("awst|road");
        assertThat(a.postcode().normalised()).isEqualTo("SA31 1AA");
    }

    @Test
    void parse_flatInNamedBuildingThenNumberedStreet_buildingIsHouseName() {
        ParsedAddress a = parser.parse(Map.of(CanonicalField.ADDRESS_1, "FLAT 1", CanonicalField.ADDRESS_2,
                "MAES YR YSGOL", CanonicalField.ADDRESS_3, "50 SANDY CRESCENT", CanonicalField.ADDRESS_4, "LLANELLI"));
        assertThat(a.flat()).isEqualTo("flat 1");
        assertThat(a.houseName()).isEqualTo("maes yr ysgol");
        assertThat(a.houseNumber()).isEqualTo("50");
        assertThat(a.streetKey()).isEqualTo("sandy|crescent");
        assertThat(a.town()).isEqualTo("llanelli");
        assertThat(a.locality()).isNull();
    }

    @Test
    void parse_houseNumberColumnHoldingAName_becomesHouseName() {
        ParsedAddress a = parser.parse(Map.of(CanonicalField.HOUSE_NUMBER, "Tŷ Gwyn", CanonicalField.STREET,
                "Heol y Bryn", CanonicalField.TOWN, "Llanelli"));
        assertThat(a.houseNumber()).isNull();
        assertThat(a.houseName()).isEqualTo("ty gwyn");
        assertThat(a.streetKey()).isEqualTo("bryn|road");
        assertThat(a.town()).isEqualTo("llanelli");
    }

    @Test
    void parse_addressLinesWithNumberOnItsOwnLine_streetFromNextLine() {
        ParsedAddress a = parser.parse(Map.of(CanonicalField.ADDRESS_1, "14", CanonicalField.ADDRESS_2, "Maes y Parc",
                CanonicalField.ADDRESS_3, "Whitland"));
        assertThat(a.houseNumber()).isEqualTo("14");
        assertThat(a.streetKey()).isEqualTo("parc|field");
        assertThat(a.townKey()).isEqualTo("whitland");
    }

    @Test
    void parse_nameLikeHouseNameThenStreet_houseNameAndStreet() {
        ParsedAddress a = parser.parse(Map.of(CanonicalField.ADDRESS_1, "BAY VIEW", CanonicalField.ADDRESS_2,
                "MILL LANE", CanonicalField.ADDRESS_3, "DRYSLWYN", CanonicalField.ADDRESS_4, "CARMARTHEN"));
        assertThat(a.houseName()).isEqualTo("bay view");
        assertThat(a.streetKey()).isEqualTo("mill|lane");
        assertThat(a.locality()).isEqualTo("dryslwyn");
        assertThat(a.town()).isEqualTo("carmarthen");
        assertThat(a.unparsed()).isEmpty();
    }

    @Test
    void normalise_welshHouseNameThenWelshStreet_houseNameAndStreet() {
        ParsedAddress a = parser.normalise("Bryn Awel, Rhes y Maes, Nantgaredig, Caerfyrddin SA32 3NZ");
        assertThat(a.houseName()).isEqualTo("bryn awel");
        assertThat(a.street()).isEqualTo("rhes y maes");
        assertThat(a.streetKey()).isEqualTo("maes|row");
        assertThat(a.locality()).isEqualTo("nantgaredig");
        assertThat(a.townKey()).isEqualTo("carmarthen");
    }

    @Test
    void normalise_nameLikeLineWithoutNumberThenLocality_houseName() {
        ParsedAddress a = parser.normalise("Llys Myrddin, Alltwalis, Pencader");
        assertThat(a.houseName()).isEqualTo("llys myrddin");
        assertThat(a.street()).isNull();
        assertThat(a.locality()).isEqualTo("alltwalis");
        assertThat(a.town()).isEqualTo("pencader");
        assertThat(parser.normalise("Meadow View, Gorsgoch, Llanybydder").houseName()).isEqualTo("meadow view");
    }

    @Test
    void normalise_nameLikeStreetWithNumber_staysStreet() {
        ParsedAddress a = parser.normalise("14 Bryn Awel, Alltwalis, Pencader");
        assertThat(a.houseNumber()).isEqualTo("14");
        assertThat(a.street()).isEqualTo("bryn awel");
        assertThat(a.houseName()).isNull();
        ParsedAddress onOwnLine = parser.parse(Map.of(CanonicalField.ADDRESS_1, "14", CanonicalField.ADDRESS_2,
                "Llys Myrddin", CanonicalField.ADDRESS_3, "Carmarthen"));
        assertThat(onOwnLine.street()).isEqualTo("llys myrddin");
    }

    @Test
    void normalise_houseNameBeforeRoadStreet_unchanged() {
        ParsedAddress a = parser.normalise("Church Road, Penybanc, Ammanford");
        assertThat(a.street()).isEqualTo("church road");
        assertThat(a.houseName()).isNull();
        assertThat(a.locality()).isEqualTo("penybanc");
    }

    @Test
    void parse_sameValuesTwiceOrOtherField_cachedResultMatchesItsOwnInput() {
        Map<CanonicalField, String> v = Map.of(CanonicalField.ADDRESS, "Flat 2, 14 Heol y Bryn, Caerfyrddin",
                CanonicalField.POSTCODE, "SA31 1AB");
        assertThat(parser.parse(v)).isEqualTo(new AddressParser().parse(new java.util.HashMap<>(v)));
        assertThat(parser.parse(Map.of(CanonicalField.ADDRESS_1, "14 Heol y Bryn")).houseNumber()).isEqualTo("14");
        assertThat(parser.parse(Map.of(CanonicalField.HOUSE_NAME, "14 Heol y Bryn")).houseNumber()).isNull();
    }

    @Test
    void normalise_twoThreadsOnUncachedAddresses_agreeAndParseEachCorrectly() throws Exception {
        List<String> addresses = new java.util.ArrayList<>();
        String[] streets = {"Heol y Bryn", "Bryn Road", "Stryd Fawr", "Llys Myrddin", "Mill Lane", "Bay View"};
        String[] towns = {"Caerfyrddin", "Llanelli", "Rhydaman", "Pencader"};
        for (int i = 1; i <= 600; i++) {
            addresses.add((i % 3 == 0 ? "Flat " + i % 7 + ", " : "") + (i % 5 == 0 ? "Bryn Awel, " : i + " ")
                    + streets[i % streets.length] + ", Threadtown " + i + ", " + towns[i % towns.length]);
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<ParsedAddress> forward;
        List<ParsedAddress> backward;
        try {
            List<java.util.concurrent.Future<List<ParsedAddress>>> runs = pool.invokeAll(List.of(
                    () -> addresses.stream().map(new AddressParser()::normalise).toList(),
                    () -> reversed(reversed(addresses).stream().map(new AddressParser()::normalise).toList())));
            forward = runs.get(0).get();
            backward = runs.get(1).get();
        } finally {
            pool.shutdown();
        }
        assertThat(backward).isEqualTo(forward);
        for (int i = 1; i <= 600; i++) {
            ParsedAddress a = forward.get(i - 1);
            assertThat(a.houseNumber()).isEqualTo(i % 5 == 0 ? null : String.valueOf(i));
            assertThat(a.houseName()).isEqualTo(i % 5 == 0 ? "bryn awel" : null);
            assertThat(a.street()).isEqualTo(Text.foldWords(streets[i % streets.length]));
            assertThat(a.locality()).isEqualTo("threadtown " + i);
            assertThat(a.townKey()).isEqualTo(BilingualPlaces.standard().townKey(towns[i % towns.length]));
        }
    }

    @Test
    void normalise_blank_empty() {
        assertThat(parser.normalise(null).isEmpty()).isTrue();
        assertThat(parser.normalise(" ").isEmpty()).isTrue();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private String key(String street) {
        return BilingualPlaces.standard().street(street).key();
    }

    @Test
    void normalise_floorAndPositionWords_becomeTheFlat() {
        assertThat(parser.normalise("Gnd Flr Flat, 9 Mill Road, Kettering").flat()).isEqualTo("gnd flr flat");
        assertThat(parser.normalise("1st & 2nd floor flat 11 mill road").flat()).isEqualTo("1st 2nd floor flat");
        assertThat(parser.normalise("Rear of 46 High Street").flat()).isEqualTo("rear");
        ParsedAddress bracket = parser.normalise("9 Mill Road (ground floor), Kettering");
        assertThat(bracket.flat()).isEqualTo("ground floor");
        assertThat(bracket.street()).isEqualTo("mill road");
        assertThat(bracket.town()).isEqualTo("kettering");
    }

    @Test
    void normalise_weakFloorWordBeforeAStreet_staysTheStreet() {
        ParsedAddress a = parser.normalise("Upper Street, Kettering");
        assertThat(a.flat()).isNull();
        assertThat(a.street()).isEqualTo("upper street");
    }

    @Test
    void normalise_halfNumbers_allWritingsAlike() {
        for (String text : List.of("15 1/2 Mill Road", "15\u00BD Mill Road", "15 & a half Mill Road",
                "15 and a half Mill Road")) {
            ParsedAddress a = parser.normalise(text + ", Kettering");
            assertThat(a.houseNumber()).as(text).isEqualTo("15");
            assertThat(a.houseSuffix()).as(text).isEqualTo("half");
            assertThat(a.street()).as(text).isEqualTo("mill road");
        }
        // "1/2 Mill Road" alone is still flat 1 of number 2
        assertThat(parser.normalise("1/2 Mill Road").houseNumber()).isEqualTo("2");
    }

    @Test
    void normalise_spacedSuffixAndNameBeforeNumberWithoutCommas() {
        ParsedAddress spaced = parser.normalise("13 A Mill Road, Kettering");
        assertThat(spaced.houseNumber()).isEqualTo("13");
        assertThat(spaced.houseSuffix()).isEqualTo("a");
        ParsedAddress business = parser.normalise("c/o Barclays Bank 42 High Street Kettering");
        assertThat(business.houseName()).isEqualTo("c o barclays bank");
        assertThat(business.houseNumber()).isEqualTo("42");
        assertThat(business.street()).isEqualTo("high street");
        assertThat(business.town()).isEqualTo("kettering");
        ParsedAddress flat = parser.normalise("Flat 2 Jubilee Court 40 High St Kettering NN16 9ZF");
        assertThat(flat.flat()).isEqualTo("flat 2");
        assertThat(flat.houseName()).isEqualTo("jubilee court");
        assertThat(flat.houseNumber()).isEqualTo("40");
    }

    @Test
    void normalise_countiesAndRepeatedLines_dropped() {
        for (String text : List.of("3 Mill Road, Kettering, Northamptonshire", "3 Mill Road, Kettering, Northants",
                "3 Mill Road, Kettering, Northamptonshre", "3 Mill Road Kettering Northants",
                "3 Mill Road, Kettering, Kettering")) {
            assertThat(parser.normalise(text).town()).as(text).isEqualTo("kettering");
        }
        // a town five edits from a county is a town
        assertThat(parser.normalise("12 Park Avenue, Brixworth, Northampton").town()).isEqualTo("northampton");
        // a lone last line is kept even when it names a county
        assertThat(parser.normalise("1 Mill Road, Kent").town()).isEqualTo("kent");
    }
}
