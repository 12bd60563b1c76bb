package org.residentindex.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AddressComparatorTest extends FieldComparatorContract {

    private final AddressComparator address = new AddressComparator();

    private static String a(String uprn, String number, String street, String place, String postcode) {
        return AddressComparator.encode(uprn, number, street, place, postcode);
    }

    @Override
    FieldComparator comparator() {
        return address;
    }

    @Override
    List<String> samples() {
        return List.of(a("100", "14", "bryn|road", "carmarthen", "SA31 1AB"), a("100", "2", null, null, null),
                a("200", "14", "bryn|road", "carmarthen", "SA31 1AB"), a(null, "14", "bryn|road", null, "SA31 1AB"),
                a(null, "16", "bryn|road", null, "SA31 1AB"), a(null, "14", "bryn|raod", null, null),
                a(null, null, null, "carmarthen", "SA31 1XY"), a(null, "3", "heol awst", "llanelli", "SA15 3JP"));
    }

    @Test
    void compare_sameUprn_isSame_evenWhenWrittenDifferently() {
        assertThat(address.compare(a("100", "14", "bryn|road", null, null), a("100", "2", null, null, null)))
                .isZero();
    }

    @Test
    void compare_differentUprns_isElse() {
        assertThat(address.compare(a("100", "14", "bryn|road", null, null), a("200", "14", "bryn|road", null, null)))
                .isEqualTo(4);
    }

    @Test
    void compare_flatsUnderOneParentUprn_isBuilding() {
        assertThat(address.compare(flat("101", "100", "1"), flat("102", "100", "2"))).isEqualTo(1);
    }

    @Test
    void compare_flatAndItsBuildingUprn_isBuilding() {
        assertThat(address.compare(flat("101", "100", "1"), a("100", "14", "bryn|road", null, null))).isEqualTo(1);
    }

    @Test
    void compare_parentOnlyAgainstAFlatOfThatBuilding_isBuilding() {
        assertThat(address.compare(flat(null, "100", null), flat("102", "100", "2"))).isEqualTo(1);
    }

    @Test
    void compare_flatsOfDifferentBuildings_isElse() {
        assertThat(address.compare(flat("101", "100", "1"), flat("201", "200", "1"))).isEqualTo(4);
    }

    @Test
    void compare_sameNumberAndStreetOtherFlat_isBuilding() {
        assertThat(address.compare(flat(null, null, "1"), flat(null, null, "2"))).isEqualTo(1);
        assertThat(address.compare(flat(null, null, "1"), flat(null, null, null))).isEqualTo(1);
    }

    @Test
    void compare_sameFlatNumberAndStreet_isSame() {
        assertThat(address.compare(flat(null, null, "1"),
                AddressComparator.encode(new AddressComparator.Parts(null, null, "1", "14", "bryn|raod", null, null))))
                .isZero();
    }

    private static String flat(String uprn, String parent, String flat) {
        return AddressComparator.encode(new AddressComparator.Parts(uprn, parent, flat, "14", "bryn|road", null,
                "SA31 1AB"));
    }

    @Test
    void compare_sameNumberOnCloseStreet_isSame() {
        assertThat(address.compare(a(null, "14", "bryn|road", null, null), a(null, "14", "bryn|raod", null, null)))
                .isZero();
    }

    @Test
    void compare_sameStreetOtherNumber_isStreet() {
        assertThat(address.compare(a(null, "14", "bryn|road", null, "SA31 1AB"),
                a(null, "16", "bryn|road", null, "SA31 1AB"))).isEqualTo(2);
    }

    @Test
    void compare_samePostcodeSectorOnly_isArea() {
        assertThat(address.compare(a(null, "14", "bryn|road", null, "SA31 1AB"),
                a(null, "3", "heol awst", null, "SA31 1XY"))).isEqualTo(3);
    }
}
