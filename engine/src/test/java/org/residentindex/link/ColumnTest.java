package org.residentindex.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnTest {

    @Test
    void add_manyDistinctValues_idsInFirstSeenOrderAndCounted() {
        Column c = new Column("street");
        int n = 5000;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < n; i++) {
                // a fresh String each time: lookups must compare values, not references
                c.add(new String("value-" + i));
            }
        }
        assertThat(c.distinct()).isEqualTo(n);
        assertThat(c.size()).isEqualTo(2 * n);
        for (int i = 0; i < n; i++) {
            assertThat(c.ids()[i]).isEqualTo(i + 1);
            assertThat(c.ids()[n + i]).isEqualTo(i + 1);
            assertThat(c.value(i + 1)).isEqualTo("value-" + i);
            assertThat(c.count(i + 1)).isEqualTo(2);
        }
    }

    @Test
    void add_missingAndCollidingHashes_keptApart() {
        Column c = new Column("name");
        // "Aa" and "BB" have the same String hash code
        c.add("Aa");
        c.add(null);
        c.add("BB");
        c.add("");
        c.add("Aa");
        c.padTo(7);
        assertThat(c.ids()).startsWith(1, 0, 2, 0, 1, 0, 0);
        assertThat(c.valueOf(2)).isEqualTo("BB");
        assertThat(c.present()).isEqualTo(3);
        assertThat(c.distinct()).isEqualTo(2);
    }
}
