package se.battrebemotande.learning;

/**
 * How much film a report may credit. A report can add no more new film than could have been played
 * since the previous report at the fastest playback speed the player offers, so a tampered report
 * cannot mark a whole film as watched at once.
 *
 * @param duration the film's length in seconds
 * @param watchThreshold the share of the film that opens the test
 * @param maxPlaybackRate the fastest speed the player offers
 */
public record PlaybackRules(double duration, double watchThreshold, double maxPlaybackRate) {
    /** Seconds of wall time assumed before a learner's first report on a step. */
    static final double FIRST_REPORT_SECONDS = 30;
    /** The longest pause between reports that still earns credit (a background tab reports late). */
    static final double MAX_REPORT_GAP_SECONDS = 600;
    /** Slack for timer jitter and the final report when the film ends. */
    static final double SLACK_SECONDS = 3;

    double budget(Double secondsSinceLastReport) {
        double elapsed = secondsSinceLastReport == null
                ? FIRST_REPORT_SECONDS
                : Math.min(Math.max(secondsSinceLastReport, 0), MAX_REPORT_GAP_SECONDS);
        return elapsed * maxPlaybackRate + SLACK_SECONDS;
    }
}
