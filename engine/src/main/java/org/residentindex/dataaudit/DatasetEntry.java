package org.residentindex.dataaudit;

import java.util.List;
import java.util.Map;

/**
 * One dataset of the information-asset register: who owns it and why (from {@code link.yaml}; null when not
 * filled in), what it holds, how complete and valid each item is, how many records, over what period, and the
 * keys it uses. Counts and shares only.
 *
 * @param source            the dataset (source) name
 * @param file              the file name (no folder)
 * @param owner             owning service, or null
 * @param purpose           purpose of holding it, or null
 * @param lawfulBasis       lawful basis, or null
 * @param records           accepted records
 * @param rejected          rows rejected on reading
 * @param items             the canonical items it holds, in {@link DataItem} order
 * @param otherColumns      columns mapping to no item, in file order
 * @param specialCategories special categories found in its columns or name, sorted
 * @param dateRanges        the span of each date column
 * @param keys              the keys it uses: its own reference first, then UPRN and NI number when held
 * @param formats           per standard item, the count of values in each format code (sorted by code)
 */
public record DatasetEntry(String source, String file, String owner, String purpose, String lawfulBasis,
                           long records, long rejected, List<ItemQuality> items, List<OtherColumn> otherColumns,
                           List<String> specialCategories, List<DateRange> dateRanges, List<DatasetKey> keys,
                           Map<StandardItem, Map<String, Long>> formats) {

    public DatasetEntry {
        items = List.copyOf(items);
        otherColumns = List.copyOf(otherColumns);
        specialCategories = List.copyOf(specialCategories);
        dateRanges = List.copyOf(dateRanges);
        keys = List.copyOf(keys);
        formats = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(formats));
    }

    /** True when owner, purpose and lawful basis are all given. */
    public boolean governanceComplete() {
        return owner != null && purpose != null && lawfulBasis != null;
    }

    /** The quality of {@code item}, or null when the dataset does not hold it. */
    public ItemQuality item(DataItem item) {
        return items.stream().filter(i -> i.item() == item).findFirst().orElse(null);
    }
}
