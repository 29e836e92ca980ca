package se.battrebemotande.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one source of "now" for services: the system clock in UTC. Services inject it instead of
 * calling {@code Clock.systemUTC()}, so tests can replace it with a clock they move (an
 * {@code @Alternative} producer in the test deployment) instead of sleeping, and so periods,
 * expiry dates and weekly limits can be tested at their edges.
 */
@ApplicationScoped
public class Clocks {
    private static final Clock SYSTEM = Clock.systemUTC();

    @Produces
    Clock clock() {
        return SYSTEM;
    }
}
