package se.battrebemotande.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.battrebemotande.platform.Allowances;

/**
 * Brakes for the forms anyone can post without an account (review M2). Logins back off
 * exponentially per account and, more loosely, per client address: after five wrong passwords for
 * one address the next try waits 1 s, then 2, 4, … up to 15 minutes, and a waiting account is not
 * even checked, so guessing on is pointless. Registrations and password-reset requests are limited
 * per client address (and resets per e-mail address too). Kept in memory, per server.
 */
@ApplicationScoped
public class Throttle {
    static final int FREE_LOGIN_FAILURES = 5;
    static final int FREE_ADDRESS_FAILURES = 30;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "limits.registrations-per-hour", defaultValue = "20")
    int registrationsPerHour;

    @Inject
    @ConfigProperty(name = "limits.password-resets-per-hour", defaultValue = "10")
    int resetsPerHour;

    private final FailureBackOff accounts = new FailureBackOff(FREE_LOGIN_FAILURES, LONGEST_WAIT, 100_000);
    private final FailureBackOff clients = new FailureBackOff(FREE_ADDRESS_FAILURES, LONGEST_WAIT, 100_000);
    private Allowances<String> registrations;
    private Allowances<String> resetsByClient;
    private Allowances<String> resetsByEmail;

    @PostConstruct
    void init() {
        registrations = new Allowances<>(registrationsPerHour, 3600.0 / registrationsPerHour);
        resetsByClient = new Allowances<>(resetsPerHour, 3600.0 / resetsPerHour);
        resetsByEmail = new Allowances<>(3, 3600.0 / 3);
    }

    /** How long a login for this e-mail from this client must wait; zero when it may try now. */
    public Duration loginWait(String email, String client) {
        long now = clock.millis();
        Duration account = accounts.waitFor(key(email), now);
        Duration address = clients.waitFor(client, now);
        return account.compareTo(address) >= 0 ? account : address;
    }

    public void loginFailed(String email, String client) {
        long now = clock.millis();
        accounts.failed(key(email), now);
        clients.failed(client, now);
    }

    public void loginSucceeded(String email, String client) {
        accounts.succeeded(key(email));
        clients.succeeded(client);
    }

    /** Takes one registration from the client's allowance: zero, or the seconds to wait. */
    public long registration(String client) {
        return registrations.take(client, clock.millis());
    }

    /** Takes one reset request from the client's and the address's allowance: zero, or the seconds to wait. */
    public long passwordReset(String client, String email) {
        long now = clock.millis();
        return Math.max(resetsByClient.take(client, now), resetsByEmail.take(key(email), now));
    }

    private static String key(String email) {
        String normalized = Account.normalizeEmail(email);
        return normalized == null ? "" : normalized;
    }
}
