package se.battrebemotande.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.course.CourseCatalog;
import se.battrebemotande.course.CourseOutline.PartOutline;
import se.battrebemotande.course.CourseOutline.StepOutline;
import se.battrebemotande.learning.CourseProgress.StepProgressView;
import se.battrebemotande.web.Language;

/** A step: its film with captions and transcript, what the learner has watched, and the way to the test. */
@Named
@RequestScoped
public class StepBacking {
    @Inject
    CourseCatalog catalog;

    @Inject
    Learning learning;

    @Inject
    CurrentUser learner;

    @Inject
    Language language;

    @Inject
    StepAddress address;

    private StepOutline outline;
    private PartOutline partOutline;
    private StepProgressView progress;
    private double resumeAt;

    /** Finds the step named in the address; answers 404 when there is none. */
    public void load() throws IOException {
        if (address.sendNotFoundIfMissing()) {
            return;
        }
        outline = address.outline();
        partOutline = address.part();
        Optional<StepProgress> row = learning.progress(learner.id(), outline.id());
        progress = CourseProgress.view(outline, row.orElse(null));
        resumeAt = row.map(StepProgress::getLastPosition).orElse(0.0);
    }

    /** The film, captions, chapters and transcript as shown in the page's language. */
    public StepView getView() {
        return new StepView(outline, language, learning.maxPlaybackRate());
    }

    /** The step after this one in its part, if any. */
    public StepOutline getNext() {
        List<StepOutline> steps = partOutline.steps();
        int index = steps.indexOf(outline);
        return index >= 0 && index + 1 < steps.size() ? steps.get(index + 1) : null;
    }

    public int getThresholdPercent() {
        return (int) Math.round(outline.watchThreshold() * 100);
    }

    /** Resume where the learner left off, unless that is at the very start or end. */
    public double getResumeAt() {
        return resumeAt > 3 && resumeAt < outline.durationSeconds() - 3 ? resumeAt : 0;
    }

    public StepOutline getOutline() {
        return outline;
    }

    public PartOutline getPartOutline() {
        return partOutline;
    }

    public StepProgressView getProgress() {
        return progress;
    }
}
