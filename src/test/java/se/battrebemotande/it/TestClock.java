package se.battrebemotande.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock of a test deployment: the real time plus an offset the test moves, so expiry dates,
 * weekly limits and playback budgets are tested by moving time rather than by sleeping.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestClock {
    private static final Movable CLOCK = new Movable();

    @Produces
    Clock clock() {
        return CLOCK;
    }

    /** Moves the deployment's time forward. */
    public static void advance(Duration duration) {
        CLOCK.offset.updateAndGet(o -> o.plus(duration));
    }

    static final class Movable extends Clock {
        final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }
    }
}
