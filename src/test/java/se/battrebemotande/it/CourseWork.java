package se.battrebemotande.it;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.battrebemotande.course.CourseOutline.StepOutline;
import se.battrebemotande.course.Question;
import se.battrebemotande.learning.Attempt;
import se.battrebemotande.learning.AttemptItem;
import se.battrebemotande.learning.Learning;
import se.battrebemotande.learning.PlaybackResult;
import se.battrebemotande.learning.WatchedIntervals.Interval;

/**
 * A learner's work done through the services inside the server: watching a film to the end (the
 * test clock moves on between reports, as real playing time would), and answering a test.
 */
final class CourseWork {
    private CourseWork() {}

    /** Plays the whole film; the server credits no more than could have been played since its last credit. */
    static void watch(Learning learning, long learner, StepOutline step) {
        // As a browser would have it: the whole film delivered first (only delivered film counts).
        learning.recordDelivery(learner, step.id(), 1_000_000, 0, 1_000_000);
        for (int report = 0; report < 20; report++) {
            PlaybackResult result = learning.recordPlayback(
                    learner, step.id(), List.of(new Interval(0, step.durationSeconds())), step.durationSeconds());
            if (result.testOpen()) {
                return;
            }
            TestClock.advance(Duration.ofMinutes(10));
        }
        throw new AssertionError("The test of " + step.slug() + " never opened");
    }

    /** Every question answered right, or every one wrong. */
    static Map<Long, Set<Long>> answers(Attempt attempt, boolean right) {
        Map<Long, Set<Long>> answers = new HashMap<>();
        for (AttemptItem item : attempt.getItems()) {
            Question q = item.getQuestion();
            Set<Long> rightChoices = q.rightChoiceIds();
            Long wrong = item.offeredChoiceIds().stream()
                    .filter(id -> !rightChoices.contains(id))
                    .findFirst()
                    .orElseThrow();
            answers.put(item.getId(), right ? rightChoices : Set.of(wrong));
        }
        return answers;
    }

    /** Watches the step's film and passes its test. */
    static void complete(Learning learning, long learner, StepOutline step) {
        watch(learning, learner, step);
        Attempt attempt = learning.startAttempt(learner, step.id());
        learning.submit(learner, attempt.getId(), answers(attempt, true));
    }
}
