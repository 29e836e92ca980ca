package se.battrebemotande.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.course.CourseCatalog;
import se.battrebemotande.course.CourseOutline.PartOutline;
import se.battrebemotande.course.CourseOutline.StepOutline;
import se.battrebemotande.learning.Learning;
import se.battrebemotande.learning.StepView;
import se.battrebemotande.platform.NotFoundException;
import se.battrebemotande.web.Language;

/** {@code /admin/content/steps/{id}/preview}: the step as learners see it, without anything played counting. */
@Named
@RequestScoped
public class ContentPreviewBacking {
    @Inject
    Audit audit;

    @Inject
    CourseCatalog catalog;

    @Inject
    Learning learning;

    @Inject
    Language language;

    @Inject
    CurrentUser user;

    @Inject
    @Param(name = "step")
    String stepParameter;

    private StepOutline step;
    private PartOutline part;

    @PostConstruct
    void load() {
        audit.administrator(user.id());
        try {
            step = catalog.findStep(Long.parseLong(stepParameter))
                    .orElseThrow(() -> new NotFoundException("step " + stepParameter));
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotFoundException("step " + stepParameter);
        }
        part = catalog.outline().partOf(step).orElseThrow();
    }

    public StepView getView() {
        return new StepView(step, language, learning.maxPlaybackRate());
    }

    public StepOutline getStep() {
        return step;
    }

    public PartOutline getPart() {
        return part;
    }
}
