package se.battrebemotande.diploma;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.learning.CourseProgress;
import se.battrebemotande.learning.CourseProgress.PartProgress;
import se.battrebemotande.learning.Learning;

/** "My diplomas": the learner's certificates and diploma, and what is left to earn the rest. */
@Named
@RequestScoped
public class DiplomasBacking {
    @Inject
    Diplomas diplomas;

    @Inject
    Learning learning;

    @Inject
    CurrentUser learner;

    private List<Diploma> documents;
    private CourseProgress progress;

    public List<Diploma> getDocuments() {
        if (documents == null) {
            documents = diplomas.ofLearner(learner.id());
        }
        return documents;
    }

    public boolean isHasCourseDiploma() {
        return getDocuments().stream().anyMatch(Diploma::isCourseDiploma);
    }

    /** Parts with no certificate yet, to show what remains. */
    public List<PartProgress> getRemainingParts() {
        if (progress == null) {
            progress = learning.courseProgress(learner.id());
        }
        return progress.parts().stream()
                .filter(p ->
                        getDocuments().stream().noneMatch(d -> d.covers(p.part().id())))
                .toList();
    }
}
