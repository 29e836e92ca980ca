package se.battrebemotande.learning;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.battrebemotande.course.CourseOutline;
import se.battrebemotande.course.CourseOutline.PartOutline;
import se.battrebemotande.course.CourseOutline.StepOutline;

/**
 * A learner's progress through the whole course, derived from their step progress. A step counts
 * half for its film (up to the share that opens the test) and half for its passed test; a part is
 * complete when all its steps are.
 */
public record CourseProgress(List<PartProgress> parts) implements Serializable {

    public record StepProgressView(
            StepOutline step,
            StepState state,
            int watchedPercent,
            Integer bestScore,
            Integer lastScore,
            int attempts,
            double fraction,
            Instant completedAt)
            implements Serializable {}

    public record PartProgress(PartOutline part, List<StepProgressView> steps, Instant completedAt)
            implements Serializable {
        public boolean isComplete() {
            return completedAt != null;
        }

        public long completedSteps() {
            return steps.stream().filter(s -> s.state() == StepState.COMPLETE).count();
        }

        public double fraction() {
            return steps.isEmpty()
                    ? 0
                    : steps.stream().mapToDouble(StepProgressView::fraction).sum() / steps.size();
        }
    }

    public static CourseProgress of(CourseOutline outline, Map<Long, StepProgress> progressByStep) {
        return new CourseProgress(outline.parts().stream()
                .map(part -> {
                    List<StepProgressView> steps = part.steps().stream()
                            .map(step -> view(step, progressByStep.get(step.id())))
                            .toList();
                    boolean complete =
                            !steps.isEmpty() && steps.stream().allMatch(s -> s.state() == StepState.COMPLETE);
                    Instant completedAt = complete
                            ? steps.stream()
                                    .map(StepProgressView::completedAt)
                                    .max(Instant::compareTo)
                                    .orElseThrow()
                            : null;
                    return new PartProgress(part, steps, completedAt);
                })
                .toList());
    }

    static StepProgressView view(StepOutline step, StepProgress p) {
        if (p == null) {
            return new StepProgressView(step, StepState.NOT_STARTED, 0, null, null, 0, 0, null);
        }
        double share = p.watchedShare(step.durationSeconds());
        int percent = se.battrebemotande.web.Format.percent(share);
        StepState state;
        if (p.isComplete()) {
            state = StepState.COMPLETE;
        } else if (p.getAttempts() > 0 && !Boolean.TRUE.equals(p.getLastPassed()) && !p.isPassed()) {
            state = StepState.TEST_FAILED;
        } else if (p.isTestOpen()) {
            state = StepState.TEST_OPEN;
        } else if (p.getWatchedSeconds() > 0 || p.getAttempts() > 0) {
            state = StepState.WATCHING;
        } else {
            state = StepState.NOT_STARTED;
        }
        double film = p.isTestOpen() ? 1 : Math.min(1, share / step.watchThreshold());
        double fraction = p.isComplete() ? 1 : 0.5 * film + (p.isPassed() ? 0.5 : 0);
        return new StepProgressView(
                step,
                state,
                percent,
                p.getBestScore(),
                p.getLastScore(),
                p.getAttempts(),
                fraction,
                p.getCompletedAt());
    }

    public double fraction() {
        long steps = parts.stream().mapToLong(p -> p.steps().size()).sum();
        return steps == 0
                ? 0
                : parts.stream()
                                .flatMap(p -> p.steps().stream())
                                .mapToDouble(StepProgressView::fraction)
                                .sum()
                        / steps;
    }

    public long completedSteps() {
        return parts.stream().mapToLong(PartProgress::completedSteps).sum();
    }

    public long totalSteps() {
        return parts.stream().mapToLong(p -> p.steps().size()).sum();
    }

    public boolean isComplete() {
        return !parts.isEmpty() && parts.stream().allMatch(PartProgress::isComplete);
    }

    public Optional<PartProgress> part(long partId) {
        return parts.stream().filter(p -> p.part().id() == partId).findFirst();
    }
}
