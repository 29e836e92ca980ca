package se.battrebemotande.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.battrebemotande.course.CourseOutline.CaptionTrack;
import se.battrebemotande.course.CourseOutline.Chapter;
import se.battrebemotande.course.CourseOutline.PartOutline;
import se.battrebemotande.course.CourseOutline.StepOutline;
import se.battrebemotande.course.pkg.WebVtt;
import se.battrebemotande.platform.LocalizedText;

/**
 * The course as pages and other features read it. It keeps one shared {@link CourseOutline},
 * rebuilt from the database whenever the course changes: on this server at once, and on the others
 * within {@link #FRESHNESS} (each asks the database for the course's revision at most that often).
 * Question banks are read from the database when a test is drawn, since no other page needs them.
 */
@ApplicationScoped
public class CourseCatalog {
    @PersistenceContext
    EntityManager em;

    /** This bean through its proxy, so that {@link #reload()} runs in a transaction (review finding 8). */
    @Inject
    CourseCatalog self;

    @Inject
    Clock clock;

    /** How old another server's edit may be before this server's outline shows it. */
    static final long FRESHNESS = 5_000;

    private volatile CourseOutline outline;
    private volatile long revision = -1;
    private volatile long checkedAt;

    public CourseOutline outline() {
        CourseOutline current = outline;
        long now = clock.millis();
        if (current != null && now - checkedAt > FRESHNESS) {
            checkedAt = now;
            if (currentRevision() != revision) {
                current = null;
            }
        }
        if (current == null) {
            current = self.reload();
        }
        return current;
    }

    /** After an edit on this server commits, the next request sees it. */
    void revised(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseRevised revised) {
        outline = null;
    }

    private long currentRevision() {
        return em.createQuery("select c.revision from Course c", Long.class)
                .getResultStream()
                .findFirst()
                .orElse(-1L);
    }

    public Optional<StepOutline> findStep(String partSlug, String stepSlug) {
        return outline().step(partSlug, stepSlug);
    }

    public Optional<StepOutline> findStep(long stepId) {
        return outline().step(stepId);
    }

    /** The title of any step, an active one from the outline, a retired one from the database. */
    public Optional<LocalizedText> stepTitle(long stepId) {
        Optional<StepOutline> active = findStep(stepId);
        if (active.isPresent()) {
            return Optional.of(active.get().title());
        }
        return Optional.ofNullable(em.find(Step.class, stepId)).map(Step::getTitle);
    }

    /** Active questions of a step, with their choices, in the package's order. */
    @Transactional
    public List<Question> questionBank(long stepId) {
        List<Question> questions = em.createNamedQuery("Question.activeOfStep", Question.class)
                .setParameter("step", stepId)
                .getResultList();
        questions.forEach(q -> q.getChoices().size());
        return questions;
    }

    @Transactional
    public CourseOutline reload() {
        Course course = em.createNamedQuery("Course.all", Course.class).getResultList().stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No course has been imported"));
        List<PartOutline> parts = course.getParts().stream()
                .filter(p -> !p.isRetired())
                .map(CourseCatalog::outlineOf)
                .toList();
        List<PartOutline> numbered = new java.util.ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            PartOutline p = parts.get(i);
            numbered.add(new PartOutline(p.id(), p.slug(), i + 1, p.title(), p.summary(), p.steps()));
        }
        CourseOutline fresh = new CourseOutline(
                course.getId(),
                course.getSlug(),
                course.getTitle(),
                course.getSubtitle(),
                course.getDescription(),
                course.getAudience(),
                course.getIssuer(),
                List.copyOf(numbered));
        outline = fresh;
        revision = course.getRevision();
        checkedAt = clock.millis();
        return fresh;
    }

    private static PartOutline outlineOf(Part part) {
        List<Step> active = part.getSteps().stream().filter(s -> !s.isRetired()).toList();
        List<StepOutline> steps = new java.util.ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            Step s = active.get(i);
            steps.add(new StepOutline(
                    s.getId(),
                    part.getId(),
                    part.getSlug(),
                    s.getSlug(),
                    i + 1,
                    s.getKind(),
                    s.getTitle(),
                    s.getSummary(),
                    s.getFilmPath(),
                    s.getFilmContentType(),
                    s.getDurationSeconds(),
                    s.getPosterPath(),
                    s.getCaptions().stream()
                            .map(c -> new CaptionTrack(c.getLang(), c.getLabel(), c.getPath()))
                            .toList(),
                    s.getTranscript(),
                    chapters(s.getChapters()),
                    s.getWatchThreshold(),
                    s.getQuestionsPerTest(),
                    s.getPassMark()));
        }
        return new PartOutline(
                part.getId(),
                part.getSlug(),
                part.getPosition(),
                part.getTitle(),
                part.getSummary(),
                List.copyOf(steps));
    }

    private static Map<String, List<Chapter>> chapters(LocalizedText vtt) {
        Map<String, List<Chapter>> chapters = new HashMap<>();
        if (vtt != null) {
            chapters.put("sv", parse(vtt.sv()));
            if (vtt.en() != null) {
                chapters.put("en", parse(vtt.en()));
            }
        }
        return Map.copyOf(chapters);
    }

    /** A cue's text as plain text: one line, WebVTT's character references resolved. */
    static String plainText(String cue) {
        return cue.replaceAll("\\s+", " ")
                .strip()
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&nbsp;", "\u00a0")
                .replace("&amp;", "&");
    }

    private static List<Chapter> parse(String vtt) {
        return WebVtt.parse(vtt).stream()
                .map(c -> new Chapter(c.start(), plainText(c.text())))
                .toList();
    }
}
