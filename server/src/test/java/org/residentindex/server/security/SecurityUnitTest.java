package org.residentindex.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** API key hashing and the per-caller rate limit. */
class SecurityUnitTest {

    @Test
    void apiKey_hashVerifiesOnlyItsSecret_andNeverHoldsIt() {
        ApiKeys.NewKey k = ApiKeys.create("team-1");
        assertThat(ApiKeys.idOf(k.key())).isEqualTo("team-1");
        String secret = ApiKeys.secretOf(k.key());
        assertThat(k.hash()).startsWith("pbkdf2-sha512$210000$").doesNotContain(secret);
        assertThat(ApiKeys.verify(secret, k.hash())).isTrue();
        assertThat(ApiKeys.verify(secret + "x", k.hash())).isFalse();
        assertThat(ApiKeys.verify(secret, ApiKeys.create("team-1").hash())).isFalse();
        assertThat(ApiKeys.idOf("Bearer nonsense")).isNull();
    }

    @Test
    void rateLimit_burstAboveCapacity_refusedPerCaller() {
        RateLimiter limiter = new RateLimiter(5);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.allow("a")).isTrue();
        }
        assertThat(limiter.allow("a")).isFalse();
        assertThat(limiter.allow("b")).as("another caller has its own bucket").isTrue();
    }
}
