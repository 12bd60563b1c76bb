package org.residentindex.dataaudit;

import java.util.List;

/**
 * One data item of one dataset in the register: the columns that hold it, how many accepted records carry it and
 * how many of those pass the item's check.
 *
 * @param item         the item
 * @param columns      the dataset's columns holding it, in file order
 * @param present      accepted records with a value
 * @param completeness {@code present / records}
 * @param valid        present values that pass the check, or -1 when the item has no check (address)
 * @param validity     {@code valid / present}, or null when the item has no check
 * @param check        the check's bundle key ({@code check.postcode}), or null
 */
public record ItemQuality(DataItem item, List<String> columns, long present, double completeness, long valid,
                          Double validity, String check) {

    public ItemQuality {
        columns = List.copyOf(columns);
    }
}
