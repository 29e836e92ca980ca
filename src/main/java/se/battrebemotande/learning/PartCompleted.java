package se.battrebemotande.learning;

import java.time.Instant;

/**
 * Fired, inside the completing transaction, when a learner completes the last step of a part.
 * {@code progress} shows the whole course at that moment, so an observer can tell whether the
 * course is complete too.
 */
public record PartCompleted(long accountId, long partId, Instant completedAt, CourseProgress progress) {}
