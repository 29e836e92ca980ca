package se.battrebemotande.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.course.CourseOutline.StepOutline;
import se.battrebemotande.learning.CourseProgress.StepProgressView;
import se.battrebemotande.web.Format;

/** "My course": every part and step with where the learner stands. */
@Named
@RequestScoped
public class CourseBacking {
    @Inject
    Learning learning;

    @Inject
    CurrentUser learner;

    private CourseProgress progress;

    public CourseProgress getProgress() {
        if (progress == null) {
            progress = learning.courseProgress(learner.id());
        }
        return progress;
    }

    /**
     * Where to go on: a step already begun, else the first step not yet started, in course order;
     * null when every step is done.
     */
    public StepOutline getNext() {
        List<StepProgressView> open = getProgress().parts().stream()
                .flatMap(p -> p.steps().stream())
                .filter(s -> s.state() != StepState.COMPLETE)
                .toList();
        return open.stream()
                .filter(s -> s.state() != StepState.NOT_STARTED)
                .findFirst()
                .or(() -> open.stream().findFirst())
                .map(StepProgressView::step)
                .orElse(null);
    }

    public int percent(double fraction) {
        return Format.percent(fraction);
    }
}
