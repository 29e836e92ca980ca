package se.battrebemotande.course;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The start page: what the course is, for whom, and its parts and steps. */
@Named
@RequestScoped
public class HomeBacking {
    @Inject
    CourseCatalog catalog;

    public CourseOutline getCourse() {
        return catalog.outline();
    }

    public int getStepCount() {
        return getCourse().steps().size();
    }
}
