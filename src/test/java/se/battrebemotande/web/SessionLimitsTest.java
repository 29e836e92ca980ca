package se.battrebemotande.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionLimitsTest {

    @Test
    void durationsAreReadWithTheirUnitsOrAsMinutes() {
        assertEquals(Optional.of(Duration.ofMinutes(30)), SessionLimits.parse("30m"));
        assertEquals(Optional.of(Duration.ofMinutes(30)), SessionLimits.parse("30"));
        assertEquals(Optional.of(Duration.ofMinutes(45)), SessionLimits.parse(" 45min "));
        assertEquals(Optional.of(Duration.ofHours(12)), SessionLimits.parse("12h"));
        assertEquals(Optional.of(Duration.ofSeconds(90)), SessionLimits.parse("90s"));
        assertEquals(Optional.of(Duration.ofDays(1)), SessionLimits.parse("1d"));
        assertEquals(Optional.of(Duration.ofMinutes(30)), SessionLimits.parse("PT30M"));
        assertEquals(Optional.of(Duration.ofHours(12)), SessionLimits.parse("pt12h"));
    }

    @Test
    void nonsenseZeroAndNegativeDurationsAreNotTaken() {
        for (String text : new String[] {"", "lång", "12 timmar", "0", "0h", "PT-5M", "-5m", "P"}) {
            assertEquals(Optional.empty(), SessionLimits.parse(text), text);
        }
    }

    @Test
    void theDefaultsSuitSharedComputers() {
        assertEquals(Duration.ofMinutes(30), SessionLimits.DEFAULT_IDLE_TIMEOUT);
        assertEquals(Duration.ofHours(12), SessionLimits.DEFAULT_ABSOLUTE_LIFETIME);
        assertEquals(1800, new SessionLimits(Duration.ofMinutes(30), Duration.ofHours(12)).idleSeconds());
    }

    @Test
    void aSessionOutlivesItsAbsoluteLifetimeHoweverActive() {
        SessionLimits limits = new SessionLimits(Duration.ofMinutes(30), Duration.ofHours(12));
        long began = 1_000_000L;
        assertFalse(limits.outlived(began, began + Duration.ofHours(12).toMillis() - 1));
        assertTrue(limits.outlived(began, began + Duration.ofHours(12).toMillis()));
        assertTrue(limits.outlived(began, began + Duration.ofDays(3).toMillis()));
    }
}
