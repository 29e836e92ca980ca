package se.battrebemotande.account;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed attempts per key, with exponential back-off: the first {@code free} failures cost nothing,
 * then each further one makes the key wait 1, 2, 4, … seconds (up to {@code longest}) before the
 * next try. A success clears the key; a day without failures forgets it. At most {@code capacity}
 * keys are kept (the least recently failed go first), so a flood of keys costs bounded memory.
 */
final class FailureBackOff {
    private static final long FORGET_AFTER_MILLIS = Duration.ofDays(1).toMillis();

    private final int free;
    private final long longestMillis;
    private final Map<String, Failures> failures;

    private record Failures(int count, long lastMillis) {}

    FailureBackOff(int free, Duration longest, int capacity) {
        this.free = free;
        this.longestMillis = longest.toMillis();
        this.failures = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > capacity;
            }
        };
    }

    /** How long the key must still wait at {@code nowMillis}; zero when it may try. */
    synchronized Duration waitFor(String key, long nowMillis) {
        Failures f = failures.get(key);
        if (f == null || f.count() < free) {
            return Duration.ZERO;
        }
        if (nowMillis - f.lastMillis() > FORGET_AFTER_MILLIS) {
            failures.remove(key);
            return Duration.ZERO;
        }
        long wait = pause(f.count()) - (nowMillis - f.lastMillis());
        return wait > 0 ? Duration.ofMillis(wait) : Duration.ZERO;
    }

    synchronized void failed(String key, long nowMillis) {
        Failures f = failures.get(key);
        int count = f == null || nowMillis - f.lastMillis() > FORGET_AFTER_MILLIS ? 1 : f.count() + 1;
        failures.put(key, new Failures(count, nowMillis));
    }

    synchronized void succeeded(String key) {
        failures.remove(key);
    }

    private long pause(int count) {
        int doublings = Math.min(30, count - free);
        return Math.min(longestMillis, 1000L << doublings);
    }
}
