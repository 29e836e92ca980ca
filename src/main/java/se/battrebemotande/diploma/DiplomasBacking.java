package se.battrebemotande.diploma;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.learning.CourseProgress;
import se.battrebemotande.learning.CourseProgress.PartProgress;
import se.battrebemotande.learning.Learning;

/**
 * "My diplomas": the learner's valid certificates and diploma, those revoked or replaced (marked,
 * without the administrator's reason), and what is left to earn the rest.
 */
@Named
@RequestScoped
public class DiplomasBacking {
    @Inject
    Diplomas diplomas;

    @Inject
    Learning learning;

    @Inject
    CurrentUser learner;

    private List<Diploma> all;
    private CourseProgress progress;

    private List<Diploma> all() {
        if (all == null) {
            all = diplomas.ofLearner(learner.id());
        }
        return all;
    }

    /** The documents that are valid. */
    public List<Diploma> getDocuments() {
        return all().stream().filter(Diploma::isValid).toList();
    }

    /** Documents revoked or replaced by a newer one, kept here marked so the learner knows. */
    public List<Diploma> getFormer() {
        return all().stream().filter(d -> !d.isValid()).toList();
    }

    /** The code of the document that replaces a replaced one. */
    public String replacementCode(Diploma replaced) {
        return all().stream()
                .filter(d -> d.getId().equals(replaced.getReplacedBy()))
                .map(Diploma::getCode)
                .findFirst()
                .orElse("");
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
                .filter(p -> all().stream().noneMatch(d -> d.covers(p.part().id())))
                .toList();
    }
}
