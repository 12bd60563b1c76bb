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
                .isEqualTo(3);
    }

    @Test
    void compare_sameNumberOnCloseStreet_isSame() {
        assertThat(address.compare(a(null, "14", "bryn|road", null, null), a(null, "14", "bryn|raod", null, null)))
                .isZero();
    }

    @Test
    void compare_sameStreetOtherNumber_isStreet() {
        assertThat(address.compare(a(null, "14", "bryn|road", null, "SA31 1AB"),
                a(null, "16", "bryn|road", null, "SA31 1AB"))).isEqualTo(1);
    }

    @Test
    void compare_samePostcodeSectorOnly_isArea() {
        assertThat(address.compare(a(null, "14", "bryn|road", null, "SA31 1AB"),
                a(null, "3", "heol awst", null, "SA31 1XY"))).isEqualTo(2);
    }
}
