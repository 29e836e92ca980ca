package se.battrebemotande.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.battrebemotande.learning.WatchedIntervals.Interval;

class DeliveredBytesTest {
    private static final double DURATION = 100;
    private static final WatchedIntervals ALL = WatchedIntervals.reported(List.of(new Interval(0, DURATION)), DURATION);

    @Test
    void rangesMergeAndSurviveTheirStoredForm() {
        DeliveredBytes d = DeliveredBytes.none()
                .with(1000, 0, 100)
                .with(1000, 100, 200)
                .with(1000, 500, 600)
                .with(1000, 550, 2000);
        assertEquals("1000;0-200,500-1000", d.format());
        assertEquals(700, d.total());
        assertEquals(d.format(), DeliveredBytes.parse(d.format()).format());
        assertEquals(0, DeliveredBytes.parse("nonsense;1-x").total(), "unreadable is nothing");
    }

    @Test
    void aFileOfAnotherSizeStartsOver() {
        DeliveredBytes d = DeliveredBytes.none().with(1000, 0, 1000).with(2000, 0, 10);
        assertEquals("2000;0-10", d.format());
    }

    @Test
    void nothingDeliveredCreditsNothing() {
        assertTrue(DeliveredBytes.none().restrict(ALL, DURATION).isEmpty());
    }

    @Test
    void onlyTheDeliveredShareOfTheFilmCountsGiveOrTakeFivePercent() {
        DeliveredBytes firstHalf = DeliveredBytes.none().with(1000, 0, 500);
        assertEquals(55, firstHalf.restrict(ALL, DURATION).total(), 0.001);
        DeliveredBytes whole = DeliveredBytes.none().with(1000, 0, 1000);
        assertEquals(100, whole.restrict(ALL, DURATION).total(), 0.001);
        DeliveredBytes middle = DeliveredBytes.none().with(1000, 400, 600);
        WatchedIntervals kept = middle.restrict(ALL, DURATION);
        assertEquals(List.of(new Interval(35, 65)), kept.intervals());
    }

    @Test
    void manySmallRangesAreDroppedNeverJoined() {
        DeliveredBytes d = DeliveredBytes.none();
        for (int i = 0; i < 100; i++) {
            d = d.with(100_000, i * 1000L, i * 1000L + 10 + i);
        }
        assertEquals(DeliveredBytes.MAX_RANGES, d.ranges().size());
        assertTrue(d.total() < 100 * 120, "no gap was filled: " + d.total());
    }
}
