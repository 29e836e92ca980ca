package se.battrebemotande.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import se.battrebemotande.platform.Allowances;

/**
 * How often a learner's player may report on one step: a burst of {@value #BURST} reports, then
 * one every {@value #SECONDS_PER_REPORT} seconds (the step page reports every ten seconds, and when
 * the film pauses or ends). More is answered 429 with the seconds to wait, so a script cannot make
 * the server do a report's work many times a second. Kept in memory, per server: credit itself is
 * bounded in the database ({@link PlaybackRules}); this only spares the server.
 */
@ApplicationScoped
public class ReportLimit {
    static final int BURST = 6;
    static final double SECONDS_PER_REPORT = 2;

    @Inject
    Clock clock;

    private record Key(long accountId, long stepId) {}

    private final Allowances<Key> allowances = new Allowances<>(BURST, SECONDS_PER_REPORT);

    /** Takes one report from the learner's allowance on the step; returns 0, or the seconds to wait. */
    public long take(long accountId, long stepId) {
        return allowances.take(new Key(accountId, stepId), clock.millis());
    }
}
