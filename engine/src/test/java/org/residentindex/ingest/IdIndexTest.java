package org.residentindex.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdIndexTest {

    @Test
    void putIfAbsent_manyDistinctIdsThenRepeats_firstLineReturnedOnlyForRepeats() {
        IdIndex index = new IdIndex();
        int n = 300_000;
        for (int i = 0; i < n; i++) {
            assertThat(index.putIfAbsent("rec-" + i, i + 2L)).isEqualTo(-1);
        }
        for (int i = 0; i < n; i += 997) {
            assertThat(index.putIfAbsent("rec-" + i, 999_999L)).isEqualTo(i + 2L);
        }
        assertThat(index.putIfAbsent("REC-1", 5)).isEqualTo(-1);
    }
}
