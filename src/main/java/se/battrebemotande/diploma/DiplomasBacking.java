package se.battrebemotande.diploma;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.learning.CourseProgress;
import se.battrebemotande.learning.CourseProgress.PartProgress;
import se.battrebemotande.learning.Learning;
import se.battrebemotande.web.Texts;

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

    @Inject
    Texts texts;

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

    /**
     * Valid documents that carry another name than the account has now (the learner changed it
     * under "Mitt konto"); they can be issued again with the new name.
     */
    public List<Diploma> getUnderOldName() {
        String name = learner.getAccount().getName();
        return getDocuments().stream()
                .filter(d -> !d.getHolderName().equals(name))
                .toList();
    }

    /**
     * Reissues every valid document under an old name with the account's name: new codes, and the
     * old documents say they were replaced. Back to this page, which says so.
     */
    public void reissueWithMyName() throws IOException {
        String name = learner.getAccount().getName();
        int reissued = 0;
        for (Diploma d : getUnderOldName()) {
            diplomas.reissue(d.getCode(), name);
            reissued++;
        }
        Messages.addFlashGlobalInfo(texts.get("diplomas.reissued", reissued, name));
        Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/diplomas");
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
