package org.residentindex.dataaudit;

import java.util.List;

/**
 * A column that maps to no canonical item (a council-tax band, a client group): held, so on the register.
 *
 * @param column            the column name
 * @param present           accepted records with a value
 * @param completeness      {@code present / records}
 * @param specialCategories special categories its header or values suggest (see {@link SpecialCategories}), sorted
 * @param dateColumn        true when at least 90% of its values are full dates (it then gives a date range)
 */
public record OtherColumn(String column, long present, double completeness, List<String> specialCategories,
                          boolean dateColumn) {

    public OtherColumn {
        specialCategories = List.copyOf(specialCategories);
    }
}
