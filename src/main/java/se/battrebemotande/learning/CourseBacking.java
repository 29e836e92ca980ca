package se.battrebemotande.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.battrebemotande.account.CurrentLearner;
import se.battrebemotande.web.Format;

/** "My course": every part and step with where the learner stands. */
@Named
@RequestScoped
public class CourseBacking {
    @Inject
    Learning learning;

    @Inject
    CurrentLearner learner;

    private CourseProgress progress;

    public CourseProgress getProgress() {
        if (progress == null) {
            progress = learning.courseProgress(learner.id());
        }
        return progress;
    }

    public int percent(double fraction) {
        return Format.percent(fraction);
    }
}
