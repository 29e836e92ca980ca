package se.battrebemotande.learning;

/**
 * How much film a report may credit. Credit comes out of token buckets of film seconds (one per
 * step and one per learner, {@link CreditBucket}) that fill at the fastest playback speed the player
 * offers, up to {@link #capacity()}: over any stretch of time, a step and a learner's whole course
 * are credited at most {@code maxPlaybackRate × time + capacity} seconds of film, however many
 * reports are sent, however far apart, and for however many steps at once. Idle time fills a bucket
 * only up to its capacity. A player that reports every ten seconds at the fastest speed is credited
 * in full; film a report could not be credited yet is credited by a later one (the player sends it
 * again).
 *
 * @param duration the film's length in seconds
 * @param watchThreshold the share of the film that opens the test
 * @param maxPlaybackRate the fastest speed the player offers
 */
public record PlaybackRules(double duration, double watchThreshold, double maxPlaybackRate) {
    /** The wall time a full bucket stands for: the player's ten-second reports plus timer delays. */
    static final double CAPACITY_SECONDS = 15;
    /** Slack for rounding and the final report when the film ends. */
    static final double SLACK_SECONDS = 3;

    /** The most film seconds a bucket holds: what idle time can save up. */
    double capacity() {
        return CAPACITY_SECONDS * maxPlaybackRate + SLACK_SECONDS;
    }
}
