package se.battrebemotande.course;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.battrebemotande.course.pkg.CoursePackage;
import se.battrebemotande.course.pkg.CoursePackage.ChoiceSpec;
import se.battrebemotande.course.pkg.CoursePackage.PartSpec;
import se.battrebemotande.course.pkg.CoursePackage.QuestionSpec;
import se.battrebemotande.course.pkg.CoursePackage.StepSpec;

/**
 * Keeps the database's copy of the course equal to a validated course package, in one
 * transaction. Everything is matched by slug or id and never deleted: what left the package is
 * retired, so progress, attempts and diplomas that refer to it stay intact.
 */
@Stateless
public class CourseImporter {
    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    Clock clock;

    public Outcome importPackage(CoursePackage pkg) {
        List<Course> existing = em.createNamedQuery("Course.findBySlug", Course.class)
                .setParameter("slug", pkg.slug())
                .getResultList();
        Course course = existing.isEmpty() ? null : existing.get(0);
        if (course != null && pkg.fingerprint().equals(course.getFingerprint())) {
            return Outcome.UNCHANGED;
        }
        Outcome outcome = course == null ? Outcome.CREATED : Outcome.UPDATED;
        if (course == null) {
            course = new Course(pkg.slug());
            em.persist(course);
        }
        course.describe(pkg.title(), pkg.subtitle(), pkg.description(), pkg.audience(), pkg.issuer());
        Map<String, Part> parts = bySlug(course.getParts(), Part::getSlug);
        int position = 0;
        for (PartSpec spec : pkg.parts()) {
            Part part = parts.remove(spec.slug());
            if (part == null) {
                part = new Part(course, spec.slug());
                em.persist(part);
                course.getParts().add(part);
            }
            part.update(++position, spec.title(), spec.summary());
            importSteps(part, spec.steps());
        }
        parts.values().forEach(Part::retire);
        course.imported(pkg.fingerprint(), Instant.now(clock));
        return outcome;
    }

    private void importSteps(Part part, List<StepSpec> specs) {
        Map<String, Step> steps = bySlug(part.getSteps(), Step::getSlug);
        int position = 0;
        for (StepSpec spec : specs) {
            Step step = steps.remove(spec.slug());
            if (step == null) {
                step = new Step(part, spec.slug());
                em.persist(step);
                part.getSteps().add(step);
            }
            step.describe(
                    ++position,
                    spec.lecture() ? StepKind.LECTURE : StepKind.FILM,
                    spec.title(),
                    spec.summary(),
                    spec.transcript(),
                    spec.chapters());
            step.film(
                    spec.film().file(),
                    spec.film().contentType(),
                    spec.film().durationSeconds(),
                    spec.poster(),
                    spec.captions().stream()
                            .map(c -> new Caption(c.lang(), c.label(), c.file()))
                            .toList());
            step.testRules(spec.watchThreshold(), spec.questionsPerTest(), spec.passMark());
            importQuestions(step, spec.questions());
        }
        steps.values().forEach(Step::retire);
    }

    private void importQuestions(Step step, List<QuestionSpec> specs) {
        Map<String, Question> questions = bySlug(step.getQuestions(), Question::getKey);
        int position = 0;
        for (QuestionSpec spec : specs) {
            Question question = questions.remove(spec.key());
            if (question == null) {
                question = new Question(step, spec.key());
                em.persist(question);
                step.getQuestions().add(question);
            }
            question.update(++position, spec.multiple(), spec.text(), spec.explanation());
            importChoices(question, spec.choices());
        }
        questions.values().forEach(Question::retire);
    }

    private void importChoices(Question question, List<ChoiceSpec> specs) {
        Map<String, Choice> choices = bySlug(question.getChoices(), Choice::getKey);
        int position = 0;
        for (ChoiceSpec spec : specs) {
            Choice choice = choices.remove(spec.key());
            if (choice == null) {
                choice = new Choice(question, spec.key());
                em.persist(choice);
                question.getChoices().add(choice);
            }
            choice.update(++position, spec.text(), spec.correct());
        }
        choices.values().forEach(Choice::retire);
    }

    private static <T> Map<String, T> bySlug(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, HashMap::new));
    }
}
