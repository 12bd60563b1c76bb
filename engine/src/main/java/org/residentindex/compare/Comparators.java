package org.residentindex.compare;

/**
 * The comparator of each field name the pipeline compares, so a saved model's field list is enough to rebuild its
 * comparators ({@code rix explain}, {@code --model}). Field names are canonical keys ({@code given_name},
 * {@code date_of_birth} …) or {@value #OTHER_PREFIX} plus a column name for generic columns.
 */
public final class Comparators {

    /** Prefix of generic "other" column fields, e.g. {@code other.soc_sec_id}. */
    public static final String OTHER_PREFIX = "other.";

    private Comparators() {
    }

    /** The comparator for {@code field}; unknown names get a {@link FuzzyTextComparator}. */
    public static FieldComparator forField(String field) {
        return switch (field) {
            case "given_name" -> new NameComparator(field, "equivalent", true);
            case "surname", "surname_at_address" -> new NameComparator(field, "phonetic");
            case "middle_names" -> new MiddleNamesComparator(field);
            case "date_of_birth" -> new DateOfBirthComparator();
            case "postcode" -> new PostcodeComparator();
            case "address" -> new AddressComparator();
            case "sex", "uprn", "ni_number", "email", "phone", "house_number" -> new ExactComparator(field);
            default -> new FuzzyTextComparator(field);
        };
    }
}
