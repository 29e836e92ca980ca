package se.battrebemotande.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Hashes and checks passwords with Jakarta Security's PBKDF2 (HMAC-SHA-256, 600 000 iterations, as
 * OWASP recommends in 2026). The settings travel inside each stored hash, so older, weaker hashes
 * still verify and are replaced at the owner's next login. Each hash costs a core about a quarter of
 * a second, so the forms that hash run it through {@link #admitted}: no more hashes run at once than the
 * server has cores, and a crowd waits a moment or is told to try again rather than stalling the site.
 */
@ApplicationScoped
public class Passwords {
    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 600_000;
    private static final long ADMISSION_WAIT_MILLIS = 5_000;

    @Inject
    Pbkdf2PasswordHash hash;

    private final Semaphore running =
            new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

    /** Checked against when no account exists, so an unknown e-mail takes as long as a wrong password. */
    private String decoy;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm",
                ALGORITHM,
                "Pbkdf2PasswordHash.Iterations",
                String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes",
                "32",
                "Pbkdf2PasswordHash.KeySizeBytes",
                "32"));
        decoy = hash.generate("decoy password for unknown accounts".toCharArray());
    }

    /**
     * Runs {@code work} (which hashes) once one of the permits is free; empty when the server is too
     * busy to give one within a few seconds, for the form to say "try again in a moment".
     */
    public <T> Optional<T> admitted(Supplier<T> work) {
        try {
            if (!running.tryAcquire(ADMISSION_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return Optional.of(work.get());
        } finally {
            running.release();
        }
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return storedHash != null && !storedHash.isEmpty() && hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the same work as a real check and fails. */
    public boolean matchesNothing(String password) {
        hash.verify(password.toCharArray(), decoy);
        return false;
    }

    /** Whether a stored hash was made with an older algorithm or fewer iterations than today's. */
    public static boolean isWeakerThanNow(String storedHash) {
        String[] fields = storedHash == null ? new String[0] : storedHash.split(":");
        if (fields.length != 4 || !ALGORITHM.equals(fields[0])) {
            return true;
        }
        try {
            return Integer.parseInt(fields[1]) < ITERATIONS;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
