package se.battrebemotande.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.battrebemotande.learning.WatchedIntervals.Interval;

/**
 * The forgeries of the security review (H1) earn no more than the token buckets allow, and a real
 * player, reporting as the step page's does, earns full credit.
 */
class PlaybackCreditTest {
    static final double FILM = 268;
    static final PlaybackRules RULES = new PlaybackRules(FILM, 0.9, 2);
    static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    private final LearnerStart learner = new LearnerStart(1, T0);

    private StepProgress.PlaybackOutcome report(StepProgress step, double from, double to, Instant at) {
        return learner.recordPlayback(
                step, WatchedIntervals.reported(List.of(new Interval(from, to)), FILM), to, at, RULES);
    }

    @Test
    void sixtyReportsInASecondCreditOneBucketAndOneSecond() {
        StepProgress step = new StepProgress(1, 1, T0);
        for (int i = 0; i < 60; i++) {
            report(step, 0, FILM, T0.plusMillis(i * 17));
        }
        // At most the full bucket, 1.003 s at 2x, and a hundredth of a second: the stored precision.
        assertTrue(
                step.getWatchedSeconds() <= RULES.capacity() + 2 * 1.003 + 0.01 + 1e-9, "" + step.getWatchedSeconds());
        assertFalse(step.isTestOpen());
    }

    @Test
    void idleTimePaysOutNoMoreThanTheBucketHolds() {
        StepProgress step = new StepProgress(1, 1, T0);
        report(step, 0, FILM, T0);
        report(step, 0, FILM, T0.plusSeconds(600));
        assertEquals(2 * RULES.capacity(), step.getWatchedSeconds(), 0.011, "two full buckets, not ten minutes");
        assertFalse(step.isTestOpen());
    }

    @Test
    void twelveStepsAtOnceShareTheLearnersBucket() {
        List<StepProgress> steps = new ArrayList<>();
        for (int s = 1; s <= 12; s++) {
            steps.add(new StepProgress(1, s, T0));
        }
        for (int second = 0; second <= 60; second += 10) {
            for (StepProgress step : steps) {
                report(step, 0, FILM, T0.plusSeconds(second));
            }
        }
        double total =
                steps.stream().mapToDouble(StepProgress::getWatchedSeconds).sum();
        assertTrue(total <= RULES.capacity() + 2 * 60 + 0.01, "a minute at 2x over all steps: " + total);
        assertTrue(steps.stream().noneMatch(StepProgress::isTestOpen));
    }

    @Test
    void aRealPlaybackAtOneTimesSpeedEarnsFullCredit() {
        assertEquals(FILM, play(1, false, false), 1e-6);
    }

    @Test
    void aRealPlaybackAtTwiceTheSpeedWithAStallAndASeekEarnsFullCredit() {
        assertEquals(FILM, play(2, true, true), 1e-6);
    }

    /**
     * Plays the film as the step page's player reports it: every ten seconds all intervals played on
     * this visit, again five seconds after a report that could not credit everything, and at the end.
     * Optionally the download stalls for 20 s a third of the way in, and the learner jumps back 30 s
     * halfway and watches that part again. Returns the seconds credited once the film has ended.
     */
    private double play(double rate, boolean stall, boolean seek) {
        StepProgress step = new StepProgress(1, 1, T0);
        List<Interval> played = new ArrayList<>();
        double position = 0;
        double segmentStart = 0;
        boolean stalled = false;
        boolean soughtBack = false;
        double nextReport = 10;
        double retry = Double.NaN;
        double wall = 0;
        while (position < FILM) {
            wall += 0.25;
            if (stall && !stalled && position >= FILM / 3) {
                played.add(new Interval(segmentStart, position));
                stalled = true;
                wall += 20;
                segmentStart = position;
            }
            if (seek && !soughtBack && position >= FILM / 2) {
                played.add(new Interval(segmentStart, position));
                soughtBack = true;
                position -= 30;
                segmentStart = position;
            }
            position = Math.min(FILM, position + 0.25 * rate);
            if (wall >= nextReport || wall >= retry) {
                nextReport = wall + 10;
                retry = sendAll(step, played, segmentStart, position, wall) ? wall + 5 : Double.NaN;
            }
        }
        played.add(new Interval(segmentStart, FILM));
        boolean pending = sendAll(step, played, FILM, FILM, wall);
        // After the end nothing new is played; the player sends the rest every five seconds.
        while (pending) {
            wall += 5;
            pending = sendAll(step, played, FILM, FILM, wall);
        }
        return step.getWatchedSeconds();
    }

    private boolean sendAll(StepProgress step, List<Interval> played, double openFrom, double now, double wall) {
        List<Interval> all = new ArrayList<>(played);
        if (now > openFrom) {
            all.add(new Interval(openFrom, now));
        }
        return learner.recordPlayback(
                        step, WatchedIntervals.reported(all, FILM), now, T0.plusMillis((long) (wall * 1000)), RULES)
                .trimmed();
    }
}
