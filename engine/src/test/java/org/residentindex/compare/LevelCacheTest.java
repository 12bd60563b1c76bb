package org.residentindex.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LevelCacheTest {

    @Test
    void get_afterPut_levelInEitherOrder() {
        LevelCache cache = new LevelCache(4);
        cache.put(3, 9, 2);
        assertThat(cache.get(3, 9)).isEqualTo(2);
        assertThat(cache.get(9, 3)).isEqualTo(2);
        assertThat(cache.get(3, 8)).isEqualTo(-2);
    }
}
