package se.battrebemotande.platform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets in memory, one per key: a burst of {@code burst} at once, then one every
 * {@code secondsPerToken} seconds. Taking from an empty bucket answers the seconds to wait. Buckets
 * that have been full again for a while are forgotten once there are many, so a flood of keys costs
 * bounded memory. Per server: what it protects is the server's own work.
 */
public final class Allowances<K> {
    private static final int FORGET_AFTER_ENTRIES = 20_000;

    private final double burst;
    private final double secondsPerToken;
    private final Map<K, Bucket> buckets = new ConcurrentHashMap<>();

    private record Bucket(double tokens, long atMillis) {}

    public Allowances(int burst, double secondsPerToken) {
        this.burst = burst;
        this.secondsPerToken = secondsPerToken;
    }

    /** Takes one token from the key's bucket at {@code nowMillis}; returns 0, or the seconds to wait. */
    public long take(K key, long nowMillis) {
        if (buckets.size() > FORGET_AFTER_ENTRIES) {
            long refill = (long) (burst * secondsPerToken * 1000);
            buckets.values().removeIf(b -> nowMillis - b.atMillis() > refill);
        }
        long[] wait = {0};
        buckets.compute(key, (k, old) -> {
            double tokens = old == null
                    ? burst
                    : Math.min(burst, old.tokens() + (nowMillis - old.atMillis()) / 1000.0 / secondsPerToken);
            if (tokens < 1) {
                wait[0] = (long) Math.ceil((1 - tokens) * secondsPerToken);
                return new Bucket(tokens, nowMillis);
            }
            return new Bucket(tokens - 1, nowMillis);
        });
        return wait[0];
    }
}
