package org.residentindex.dataaudit;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.residentindex.model.CanonicalField;

/**
 * A data item of the register: one or more canonical fields that hold the same fact about a resident (the
 * address is one item however many columns a service splits it into). Every item is personal data; none of the
 * canonical items is special-category data (that comes from other columns, see {@link SpecialCategories}).
 */
public enum DataItem {
    TITLE(EnumSet.of(CanonicalField.TITLE)),
    GIVEN_NAME(EnumSet.of(CanonicalField.GIVEN_NAME, CanonicalField.FULL_NAME)),
    MIDDLE_NAMES(EnumSet.of(CanonicalField.MIDDLE_NAMES)),
    SURNAME(EnumSet.of(CanonicalField.SURNAME, CanonicalField.FULL_NAME)),
    DATE_OF_BIRTH(EnumSet.of(CanonicalField.DATE_OF_BIRTH)),
    SEX(EnumSet.of(CanonicalField.SEX)),
    ADDRESS(EnumSet.of(CanonicalField.ADDRESS, CanonicalField.ADDRESS_1, CanonicalField.ADDRESS_2,
            CanonicalField.ADDRESS_3, CanonicalField.ADDRESS_4, CanonicalField.ADDRESS_5, CanonicalField.FLAT,
            CanonicalField.HOUSE_NUMBER, CanonicalField.HOUSE_NAME, CanonicalField.STREET, CanonicalField.LOCALITY,
            CanonicalField.TOWN)),
    POSTCODE(EnumSet.of(CanonicalField.POSTCODE)),
    UPRN(EnumSet.of(CanonicalField.UPRN)),
    NI_NUMBER(EnumSet.of(CanonicalField.NI_NUMBER)),
    EMAIL(EnumSet.of(CanonicalField.EMAIL)),
    PHONE(EnumSet.of(CanonicalField.PHONE));

    private final Set<CanonicalField> fields;

    DataItem(Set<CanonicalField> fields) {
        this.fields = fields;
    }

    /** The canonical fields that hold this item. */
    public Set<CanonicalField> fields() {
        return fields;
    }

    /** The snake_case key used in CSV/JSON and as the resource-bundle suffix. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The items a mapped canonical field contributes to (a full name holds both given name and surname). */
    public static List<DataItem> of(CanonicalField field) {
        return java.util.Arrays.stream(values()).filter(i -> i.fields.contains(field)).toList();
    }
}
