package se.battrebemotande.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import se.battrebemotande.platform.Allowances;

class ThrottleTest {
    private final FailureBackOff backOff = new FailureBackOff(5, Duration.ofMinutes(15), 1000);

    @Test
    void fiveFailuresAreFreeThenEachWaitDoubles() {
        long now = 1_000_000;
        for (int i = 0; i < 5; i++) {
            assertEquals(Duration.ZERO, backOff.waitFor("a@example.se", now));
            backOff.failed("a@example.se", now);
        }
        assertEquals(Duration.ofSeconds(1), backOff.waitFor("a@example.se", now));
        backOff.failed("a@example.se", now + 1000);
        assertEquals(Duration.ofSeconds(2), backOff.waitFor("a@example.se", now + 1000));
        backOff.failed("a@example.se", now + 3000);
        assertEquals(Duration.ofSeconds(3), backOff.waitFor("a@example.se", now + 4000), "4 s from the last failure");
        assertEquals(Duration.ZERO, backOff.waitFor("a@example.se", now + 7000));
        assertEquals(Duration.ZERO, backOff.waitFor("b@example.se", now), "other keys are not held up");
    }

    @Test
    void theWaitStopsGrowingAtFifteenMinutesAndASuccessClearsIt() {
        long now = 0;
        for (int i = 0; i < 40; i++) {
            backOff.failed("a", now);
        }
        assertEquals(Duration.ofMinutes(15), backOff.waitFor("a", now));
        backOff.succeeded("a");
        assertEquals(Duration.ZERO, backOff.waitFor("a", now));
    }

    @Test
    void aDayWithoutFailuresForgetsThem() {
        for (int i = 0; i < 10; i++) {
            backOff.failed("a", 0);
        }
        long nextDay = Duration.ofDays(1).plusSeconds(1).toMillis();
        assertEquals(Duration.ZERO, backOff.waitFor("a", nextDay));
        backOff.failed("a", nextDay);
        assertEquals(Duration.ZERO, backOff.waitFor("a", nextDay), "counting starts again");
    }

    @Test
    void onlyTheMostRecentKeysAreKept() {
        FailureBackOff small = new FailureBackOff(1, Duration.ofMinutes(15), 2);
        small.failed("first", 0);
        small.failed("second", 0);
        small.failed("third", 0);
        assertEquals(Duration.ZERO, small.waitFor("first", 0), "the oldest was let go");
        assertTrue(small.waitFor("third", 0).toMillis() > 0);
    }

    @Test
    void registrationsPerHourAreABucketThatRefills() {
        Allowances<String> perHour = new Allowances<>(20, 3600.0 / 20);
        for (int i = 0; i < 20; i++) {
            assertEquals(0, perHour.take("10.0.0.1", 0));
        }
        assertEquals(180, perHour.take("10.0.0.1", 0), "the 21st waits three minutes");
        assertEquals(0, perHour.take("10.0.0.2", 0));
        assertEquals(0, perHour.take("10.0.0.1", 180_000), "one more after three minutes");
    }
}
