package se.battrebemotande.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.battrebemotande.learning.WatchedIntervals.Interval;

class WatchedIntervalsTest {

    private static WatchedIntervals reported(double... bounds) {
        List<Interval> list = new java.util.ArrayList<>();
        for (int i = 0; i < bounds.length; i += 2) {
            list.add(new Interval(bounds[i], bounds[i + 1]));
        }
        return WatchedIntervals.reported(list, 100);
    }

    @Test
    void overlappingAndTouchingIntervalsMergeIntoOne() {
        WatchedIntervals w = reported(10, 20, 15, 30, 30, 40, 0, 5);
        assertEquals("0.00-5.00,10.00-40.00", w.format());
        assertEquals(35, w.total(), 1e-9);
    }

    @Test
    void rewatchingCountsOnce() {
        WatchedIntervals first = reported(0, 30);
        WatchedIntervals again = first.union(reported(0, 30)).union(reported(10, 20));
        assertEquals(30, again.total(), 1e-9);
    }

    @Test
    void tinyGapsFromThePlayerAreJoinedButRealSkipsAreNot() {
        assertEquals(1, reported(0, 10, 10.2, 20).intervals().size());
        assertEquals(2, reported(0, 10, 12, 20).intervals().size());
    }

    @Test
    void reportsAreClampedToTheFilmAndNonsenseIsDropped() {
        WatchedIntervals w = WatchedIntervals.reported(
                List.of(
                        new Interval(-5, 3),
                        new Interval(90, 500),
                        new Interval(50, 40),
                        new Interval(Double.NaN, 4),
                        new Interval(20, Double.POSITIVE_INFINITY)),
                100);
        assertEquals("0.00-3.00,90.00-100.00", w.format());
    }

    @Test
    void newInGivesOnlyWhatWasNotWatchedBefore() {
        WatchedIntervals known = reported(10, 20, 40, 50);
        WatchedIntervals fresh = known.newIn(reported(0, 60));
        assertEquals("0.00-10.00,20.00-40.00,50.00-60.00", fresh.format());
        assertEquals(40, fresh.total(), 1e-9);
    }

    @Test
    void firstSecondsKeepsTheEarliestFilmTime() {
        assertEquals(
                "0.00-10.00,20.00-25.00",
                reported(0, 10, 20, 30, 40, 50).firstSeconds(15).format());
    }

    @Test
    void storedFormRoundTripsAndNeverShrinksWhatWasWatched() {
        WatchedIntervals w = reported(1.234, 5.678);
        WatchedIntervals back = WatchedIntervals.parse(w.format());
        assertEquals("1.23-5.68", back.format());
        assertTrue(back.total() >= w.total());
        assertTrue(WatchedIntervals.parse("").isEmpty());
        assertTrue(WatchedIntervals.parse(null).isEmpty());
    }

    @Test
    void thePlaybackOfAManySeekingLearnerStaysBounded() {
        WatchedIntervals w = WatchedIntervals.none();
        for (int i = 0; i < 500; i++) {
            w = w.union(WatchedIntervals.reported(List.of(new Interval(i * 0.5, i * 0.5 + 0.1)), 1000));
        }
        assertEquals(WatchedIntervals.MAX_INTERVALS, w.intervals().size());
        assertTrue(w.format().length() < 4000, "fits its column");
    }
}
