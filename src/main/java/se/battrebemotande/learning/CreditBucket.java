package se.battrebemotande.learning;

import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket of film seconds ({@link PlaybackRules}): it held {@code tokens} at {@code at}, and
 * has filled since at the fastest playback rate, up to the rules' capacity. An empty state (no
 * tokens recorded yet) is a full bucket.
 */
record CreditBucket(Double tokens, Instant at) {

    /** The film seconds that can be credited at {@code now}. */
    double available(Instant now, PlaybackRules rules) {
        if (tokens == null || at == null) {
            return rules.capacity();
        }
        double elapsed = Math.max(0, Duration.between(at, now).toMillis() / 1000.0);
        return Math.min(rules.capacity(), tokens + elapsed * rules.maxPlaybackRate());
    }

    /**
     * The bucket after crediting {@code seconds} of film at {@code now}. Credit rounded up beyond what
     * was available is owed: the bucket may go a little below zero.
     */
    CreditBucket spend(double seconds, Instant now, PlaybackRules rules) {
        return new CreditBucket(available(now, rules) - seconds, now);
    }
}
