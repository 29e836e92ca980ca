package se.battrebemotande.course;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
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
        UNCHANGED,
        /** The package differs from the live course and was not imported (see {@link #seed}). */
        DIFFERS
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<CourseRevised> revisions;

    /**
     * Imports the package only if no course is live yet (the first start): after that the
     * database holds the live course, and administrators bring in a new package themselves, with
     * a preview, so a changed {@code media/} never silently overwrites their edits.
     */
    public Outcome seed(CoursePackage pkg) {
        em.createNativeQuery("SELECT name FROM app_lock WHERE name = 'course-import' FOR UPDATE")
                .getResultList();
        List<Course> live = em.createNamedQuery("Course.all", Course.class).getResultList();
        if (!live.isEmpty()) {
            return pkg.fingerprint().equals(live.get(0).getFingerprint()) ? Outcome.UNCHANGED : Outcome.DIFFERS;
        }
        return importPackage(pkg);
    }

    /** Imports a package read from the course package folder: its media paths are relative to it. */
    public Outcome importPackage(CoursePackage pkg) {
        return importPackage(pkg, "");
    }

    /**
     * Imports the package into the live course, in one transaction that holds the database's
     * import lock, so servers starting together import it once. {@code mediaPrefix} is put before
     * each media path of the package, to name where its files are kept ({@link MediaFiles}).
     */
    public Outcome importPackage(CoursePackage pkg, String mediaPrefix) {
        em.createNativeQuery("SELECT name FROM app_lock WHERE name = 'course-import' FOR UPDATE")
                .getResultList();
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
            importSteps(part, spec.steps(), mediaPrefix);
        }
        parts.values().forEach(Part::retire);
        course.imported(pkg.fingerprint(), Instant.now(clock));
        revisions.fire(new CourseRevised(course.getRevision()));
        return outcome;
    }

    private void importSteps(Part part, List<StepSpec> specs, String mediaPrefix) {
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
                    mediaPrefix + spec.film().file(),
                    spec.film().contentType(),
                    spec.film().durationSeconds(),
                    spec.poster() == null ? null : mediaPrefix + spec.poster(),
                    spec.captions().stream()
                            .map(c -> new Caption(c.lang(), c.label(), mediaPrefix + c.file()))
                            .toList());
            step.testRules(spec.watchThreshold(), spec.questionsPerTest(), spec.passMark());
            importQuestions(step, spec.questions());
        }
        steps.values().forEach(Step::retire);
    }

    /**
     * A question whose content changed becomes a new version (the old one is retired, so attempts
     * that used it keep their meaning); an unchanged one keeps its place; a question no longer in
     * the package is retired, and one that comes back is reinstated if it says the same.
     */
    private void importQuestions(Step step, List<QuestionSpec> specs) {
        Map<String, Question> latest = new HashMap<>();
        for (Question q : step.getQuestions()) {
            latest.merge(q.getKey(), q, (a, b) -> a.getVersion() >= b.getVersion() ? a : b);
        }
        int position = 0;
        for (QuestionSpec spec : specs) {
            QuestionContent content = contentOf(spec);
            Question current = latest.remove(spec.key());
            position++;
            if (current != null && current.says(content)) {
                current.place(position);
                current.reinstate();
                continue;
            }
            Question next =
                    current == null ? new Question(step, spec.key(), 1, position, content) : current.revise(content);
            em.persist(next);
            step.getQuestions().add(next);
        }
        latest.values().forEach(Question::retire);
    }

    private static QuestionContent contentOf(QuestionSpec spec) {
        return new QuestionContent(
                spec.multiple(),
                spec.text(),
                spec.explanation(),
                spec.choices().stream()
                        .map(c -> new QuestionContent.ChoiceContent(c.key(), c.text(), c.correct()))
                        .toList());
    }

    private static <T> Map<String, T> bySlug(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, HashMap::new));
    }
}
