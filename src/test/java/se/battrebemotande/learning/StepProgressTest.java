package se.battrebemotande.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.battrebemotande.learning.WatchedIntervals.Interval;

class StepProgressTest {
    static final PlaybackRules RULES = new PlaybackRules(200, 0.9, 2);
    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    static final double UNLIMITED = Double.POSITIVE_INFINITY;

    private static WatchedIntervals played(double from, double to) {
        return WatchedIntervals.reported(List.of(new Interval(from, to)), RULES.duration());
    }

    @Test
    void seekingToTheEndWatchesNothing() {
        StepProgress p = new StepProgress(1, 2, Instant.EPOCH);
        p.recordPlayback(played(195, 200), 200, T0, RULES, UNLIMITED);
        assertEquals(5, p.getWatchedSeconds(), 1e-9);
        assertFalse(p.isTestOpen());
        assertEquals(200, p.getLastPosition(), 1e-9, "resume position is kept even so");
    }

    @Test
    void aReportCannotCreditMoreFilmThanCouldHaveBeenPlayed() {
        StepProgress p = new StepProgress(1, 2, Instant.EPOCH);
        p.recordPlayback(played(0, 200), 200, T0, RULES, UNLIMITED);
        assertEquals(RULES.capacity(), p.getWatchedSeconds(), 1e-6, "a full bucket: 15 s at 2x and 3 s of slack");
        p.recordPlayback(played(0, 200), 200, T0.plusSeconds(10), RULES, UNLIMITED);
        assertEquals(RULES.capacity() + 10 * 2, p.getWatchedSeconds(), 1e-6);
    }

    @Test
    void filmNotCreditedYetIsCreditedWhenOfferedAgainLater() {
        StepProgress p = new StepProgress(1, 2, Instant.EPOCH);
        assertTrue(p.recordPlayback(played(0, 50), 50, T0, RULES, UNLIMITED).trimmed(), "50 s at once");
        assertEquals(33, p.getWatchedSeconds(), 1e-6);
        assertFalse(p.recordPlayback(played(0, 50), 50, T0.plusSeconds(9), RULES, UNLIMITED)
                .trimmed());
        assertEquals(50, p.getWatchedSeconds(), 1e-6);
    }

    @Test
    void theLearnersBucketLimitsTheStepsToo() {
        StepProgress p = new StepProgress(1, 2, Instant.EPOCH);
        StepProgress.PlaybackOutcome outcome = p.recordPlayback(played(0, 50), 50, T0, RULES, 12);
        assertEquals(12, outcome.creditedSeconds(), 1e-6);
        assertEquals(12, p.getWatchedSeconds(), 1e-6);
        assertTrue(outcome.trimmed());
    }

    @Test
    void watchingToTheThresholdOpensTheTest() {
        StepProgress p = new StepProgress(1, 2, Instant.EPOCH);
        Instant t = T0;
        for (int second = 0; second < 180; second += 10) {
            t = t.plusSeconds(10);
            p.recordPlayback(played(second, second + 10), second + 10, t, RULES, UNLIMITED);
        }
        assertEquals(180, p.getWatchedSeconds(), 1e-6);
        assertTrue(p.isTestOpen(), "90 % of 200 s watched");
        assertNotNull(p.getFilmWatchedAt());
    }

    @Test
    void aStepCompletesWhenFilmIsWatchedAndTestPassedInEitherOrder() {
        StepProgress p = new StepProgress(1, 2, Instant.EPOCH);
        assertFalse(p.recordAttempt(100, true, T0));
        assertNull(p.getCompletedAt(), "a passed test alone does not complete the step");
        Instant t = T0;
        boolean completed = false;
        for (int second = 0; second < 200; second += 10) {
            t = t.plusSeconds(10);
            completed |= p.recordPlayback(played(second, second + 10), second + 10, t, RULES, UNLIMITED)
                    .completedStep();
        }
        assertTrue(completed);
        assertTrue(p.isComplete());
    }

    @Test
    void attemptsKeepLastAndBestScoreAndFirstPass() {
        StepProgress p = new StepProgress(1, 2, Instant.EPOCH);
        p.recordAttempt(40, false, T0);
        p.recordAttempt(80, true, T0.plusSeconds(60));
        p.recordAttempt(60, false, T0.plusSeconds(120));
        assertEquals(3, p.getAttempts());
        assertEquals(60, p.getLastScore());
        assertEquals(80, p.getBestScore());
        assertEquals(T0.plusSeconds(60), p.getPassedAt());
        assertTrue(p.isPassed(), "a later failed retake does not undo a pass");
    }
}
