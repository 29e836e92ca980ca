package se.battrebemotande.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.battrebemotande.course.CourseCatalog;
import se.battrebemotande.web.Language;

/** Formatting for the administration pages, in the request's language. */
@Named
@RequestScoped
public class AdminFormat {
    @Inject
    CourseCatalog catalog;

    @Inject
    Language language;

    /** A step's title, retired steps included; its id when the step no longer exists. */
    public String stepTitle(long stepId) {
        return catalog.stepTitle(stepId).map(language::text).orElse("#" + stepId);
    }
}
