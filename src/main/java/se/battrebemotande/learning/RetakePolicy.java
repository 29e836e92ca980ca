package se.battrebemotande.learning;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a test may be taken again (review M3): at once after a pass or after one failure, but after
 * two failed attempts in a row only once a cool-down has passed since the last one, so that the
 * learner goes back to the film instead of guessing their way through the bank.
 */
public final class RetakePolicy {
    private RetakePolicy() {}

    /**
     * The moment a new attempt may start, if that is after {@code now}; empty when it may start now.
     * {@code newestFirst} are the learner's attempts at the step, the newest first.
     */
    public static Optional<Instant> waitUntil(List<Attempt> newestFirst, Duration coolDown, Instant now) {
        List<Attempt> submitted =
                newestFirst.stream().filter(Attempt::isSubmitted).limit(2).toList();
        if (coolDown.isZero() || submitted.size() < 2 || submitted.stream().anyMatch(Attempt::isPassed)) {
            return Optional.empty();
        }
        Instant allowed = submitted.get(0).getSubmittedAt().plus(coolDown);
        return allowed.isAfter(now) ? Optional.of(allowed) : Optional.empty();
    }
}
