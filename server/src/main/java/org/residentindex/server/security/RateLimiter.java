package org.residentindex.server.security;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per caller: {@code perMinute} requests a minute on average, bursts up to the same number. Written
 * here (about twenty lines) rather than adding Bucket4j, which the package mirror does not serve.
 */
public final class RateLimiter {

    private final double capacity;
    private final double perNano;
    private final ConcurrentHashMap<String, double[]> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute) {
        this.capacity = Math.max(1, perMinute);
        this.perNano = capacity / 60e9;
    }

    /** Takes one token for {@code caller}; false when the bucket is empty. */
    public boolean allow(String caller) {
        long now = System.nanoTime();
        double[] b = buckets.computeIfAbsent(caller, k -> new double[] {capacity, now});
        synchronized (b) {
            b[0] = Math.min(capacity, b[0] + (now - b[1]) * perNano);
            b[1] = now;
            if (b[0] < 1) {
                return false;
            }
            b[0] -= 1;
            return true;
        }
    }
}
