package se.battrebemotande.course;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import se.battrebemotande.course.pkg.CoursePackage;
import se.battrebemotande.course.pkg.CoursePackage.CaptionSpec;
import se.battrebemotande.course.pkg.CoursePackage.ChoiceSpec;
import se.battrebemotande.course.pkg.CoursePackage.FilmSpec;
import se.battrebemotande.course.pkg.CoursePackage.PartSpec;
import se.battrebemotande.course.pkg.CoursePackage.QuestionSpec;
import se.battrebemotande.course.pkg.CoursePackage.StepSpec;

/**
 * The live course as a course package: its active parts, steps and questions (the newest version
 * of each), with media files named by their course paths ({@link MediaFiles}). Retired content
 * stays in the database and is not exported.
 */
@Stateless
public class CourseExport {
    @PersistenceContext
    EntityManager em;

    public CoursePackage live() {
        Course course = em.createNamedQuery("Course.all", Course.class).getResultList().stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No course has been imported"));
        List<PartSpec> parts = course.getParts().stream()
                .filter(p -> !p.isRetired())
                .sorted(Comparator.comparingInt(Part::getPosition))
                .map(CourseExport::part)
                .toList();
        return new CoursePackage(
                course.getFingerprint(),
                course.getSlug(),
                course.getTitle(),
                course.getSubtitle(),
                course.getDescription(),
                course.getAudience(),
                course.getIssuer(),
                parts);
    }

    private static PartSpec part(Part part) {
        return new PartSpec(
                part.getSlug(),
                part.getTitle(),
                part.getSummary(),
                part.getSteps().stream()
                        .filter(s -> !s.isRetired())
                        .sorted(Comparator.comparingInt(Step::getPosition))
                        .map(s -> step(part, s))
                        .toList());
    }

    private static StepSpec step(Part part, Step step) {
        return new StepSpec(
                step.getSlug(),
                part.getSlug() + "/" + step.getSlug(),
                step.getKind() == StepKind.LECTURE,
                step.getTitle(),
                step.getSummary(),
                new FilmSpec(step.getFilmPath(), step.getFilmContentType(), step.getDurationSeconds()),
                step.getPosterPath(),
                step.getCaptions().stream()
                        .map(c -> new CaptionSpec(c.getLang(), c.getLabel(), c.getPath(), 0))
                        .toList(),
                step.getTranscript(),
                step.getChapters(),
                step.getWatchThreshold(),
                step.getQuestionsPerTest(),
                step.getPassMark(),
                step.getQuestions().stream()
                        .filter(q -> !q.isRetired())
                        .sorted(Comparator.comparingInt(Question::getPosition))
                        .map(CourseExport::question)
                        .toList());
    }

    private static QuestionSpec question(Question q) {
        return new QuestionSpec(
                q.getKey(),
                q.isMultiple(),
                q.getText(),
                q.activeChoices().stream()
                        .map(c -> new ChoiceSpec(c.getKey(), c.getText(), c.isCorrect()))
                        .toList(),
                q.getExplanation());
    }
}
