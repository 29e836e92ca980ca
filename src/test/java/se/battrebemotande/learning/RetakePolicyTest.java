package se.battrebemotande.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.battrebemotande.course.CourseFixtures;
import se.battrebemotande.course.Question;

class RetakePolicyTest {
    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    private static final Duration TEN = Duration.ofMinutes(10);
    private static final Question Q = CourseFixtures.question("q", false, List.of("a", "b"), List.of("a"));
    private long ids = 1;

    /** A submitted attempt at {@code at}, passed or failed. */
    private Attempt attempt(boolean pass, Instant at) {
        Attempt attempt = new Attempt(1, 1, 0.8, List.of(Q), QuestionDraw.choiceOrders(List.of(Q), new Random(1)), at);
        AttemptItem item = attempt.getItems().get(0);
        CourseFixtures.setId(item, ids++);
        attempt.submit(
                Map.of(
                        item.getId(),
                        Set.of(CourseFixtures.choice(Q, pass ? "a" : "b").getId())),
                at);
        return attempt;
    }

    @Test
    void oneFailureOrAPassNeverWaits() {
        assertEquals(Optional.empty(), RetakePolicy.waitUntil(List.of(attempt(false, T0)), TEN, T0));
        assertEquals(
                Optional.empty(),
                RetakePolicy.waitUntil(List.of(attempt(true, T0), attempt(false, T0.minusSeconds(60))), TEN, T0));
        assertEquals(
                Optional.empty(),
                RetakePolicy.waitUntil(List.of(attempt(false, T0), attempt(true, T0.minusSeconds(60))), TEN, T0),
                "a failure after a pass is the first in a row");
    }

    @Test
    void twoFailuresInARowWaitTheCoolDownFromTheLastOne() {
        List<Attempt> newestFirst = List.of(attempt(false, T0), attempt(false, T0.minusSeconds(60)));
        assertEquals(Optional.of(T0.plus(TEN)), RetakePolicy.waitUntil(newestFirst, TEN, T0.plusSeconds(5)));
        assertTrue(RetakePolicy.waitUntil(newestFirst, TEN, T0.plus(TEN)).isEmpty(), "over once it has passed");
        assertTrue(RetakePolicy.waitUntil(newestFirst, Duration.ZERO, T0).isEmpty(), "0 turns it off");
    }
}
