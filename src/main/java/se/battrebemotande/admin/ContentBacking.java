package se.battrebemotande.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.course.Course;
import se.battrebemotande.course.CourseCatalog;
import se.battrebemotande.course.CourseOutline.PartOutline;

/** {@code /admin/content}: the live course's parts and steps, each step linked to its editor; export and import. */
@Named
@RequestScoped
public class ContentBacking {
    @Inject
    ContentAdministration content;

    @Inject
    CourseCatalog catalog;

    @Inject
    CurrentUser user;

    private Course course;
    private Map<Long, Long> questions;

    @PostConstruct
    void load() {
        course = content.course(user.id());
        questions = content.activeQuestions(user.id());
    }

    public List<PartOutline> getParts() {
        return catalog.outline().parts();
    }

    public long questionsOf(long stepId) {
        return questions.getOrDefault(stepId, 0L);
    }

    public Course getCourse() {
        return course;
    }

    /** Whether administrators have changed the course since it was last imported from a package. */
    public boolean isEdited() {
        return course.getFingerprint() == null;
    }
}
