package se.battrebemotande.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    private static final int FORGET_AFTER_ENTRIES = 20_000;

    @Inject
    Clock clock;

    private record Key(long accountId, long stepId) {}

    private record Allowance(double reports, long atMillis) {}

    private final Map<Key, Allowance> allowances = new ConcurrentHashMap<>();

    /** Takes one report from the learner's allowance on the step; returns 0, or the seconds to wait. */
    public long take(long accountId, long stepId) {
        long now = clock.millis();
        if (allowances.size() > FORGET_AFTER_ENTRIES) {
            long full = (long) (BURST * SECONDS_PER_REPORT * 1000);
            allowances.values().removeIf(a -> now - a.atMillis() > full);
        }
        long[] wait = {0};
        allowances.compute(new Key(accountId, stepId), (key, old) -> {
            double reports = old == null
                    ? BURST
                    : Math.min(BURST, old.reports() + (now - old.atMillis()) / 1000.0 / SECONDS_PER_REPORT);
            if (reports < 1) {
                wait[0] = (long) Math.ceil((1 - reports) * SECONDS_PER_REPORT);
                return new Allowance(reports, now);
            }
            return new Allowance(reports - 1, now);
        });
        return wait[0];
    }
}
