package se.battrebemotande.learning;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Optional;
import org.omnifaces.cdi.Param;
import se.battrebemotande.course.CourseCatalog;
import se.battrebemotande.course.CourseOutline.PartOutline;
import se.battrebemotande.course.CourseOutline.StepOutline;

/**
 * The step named by the address {@code /course/{part}/{step}} of this request (the path's parts
 * arrive as parameters, see {@code Routes}). Resolved when the request starts, so a page's forms
 * exist while a postback is decoded.
 */
@RequestScoped
public class StepAddress {
    @Inject
    CourseCatalog catalog;

    @Inject
    @Param
    String part;

    @Inject
    @Param
    String step;

    private StepOutline outline;

    @PostConstruct
    void resolve() {
        outline = (part == null || step == null ? Optional.<StepOutline>empty() : catalog.findStep(part, step))
                .orElse(null);
    }

    /** The step, or null when the address names none. */
    public StepOutline outline() {
        return outline;
    }

    /** The part the step belongs to, or null when the address names no step. */
    public PartOutline part() {
        return outline == null ? null : catalog.outline().partOf(outline).orElse(null);
    }

    /** For a page's view action: answers 404 when the address names no step. Returns whether it did. */
    public boolean sendNotFoundIfMissing() throws IOException {
        if (outline != null) {
            return false;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "No such step");
        faces.responseComplete();
        return true;
    }
}
