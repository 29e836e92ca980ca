package se.battrebemotande.course;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import se.battrebemotande.course.CourseEditRefusedException.Reason;
import se.battrebemotande.platform.LocalizedText;
import se.battrebemotande.platform.NotFoundException;

/**
 * Changes to the live course made by administrators, each in one transaction that locks what it
 * changes and marks the course revised, so every server shows the change (this one as soon as it
 * commits). A changed question becomes a new version and the old one is kept, retired, so past
 * attempts keep showing what the learner answered. Who may edit is decided by the caller.
 */
@Stateless
public class CourseEditor {
    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<CourseRevised> revisions;

    /** The texts of a step that administrators edit. */
    public record StepTexts(LocalizedText title, LocalizedText summary, LocalizedText transcript) {
        static StepTexts of(Step step) {
            return new StepTexts(step.getTitle(), step.getSummary(), step.getTranscript());
        }
    }

    /** A step's film, poster, captions and chapters, as course paths. */
    public record StepMedia(
            String filmPath,
            String filmContentType,
            double durationSeconds,
            String posterPath,
            List<Caption> captions,
            LocalizedText chapters) {
        public StepMedia {
            captions = List.copyOf(captions);
        }

        public static StepMedia of(Step step) {
            return new StepMedia(
                    step.getFilmPath(),
                    step.getFilmContentType(),
                    step.getDurationSeconds(),
                    step.getPosterPath(),
                    step.getCaptions(),
                    step.getChapters());
        }
    }

    /** A step with its questions loaded, every version, for the editor. */
    public Step step(long stepId) {
        Step step = em.find(Step.class, stepId);
        if (step == null) {
            throw new NotFoundException("step " + stepId);
        }
        step.getQuestions().forEach(q -> q.getChoices().size());
        step.getCaptions().size();
        return step;
    }

    /** A question (any version) with its choices. */
    public Question question(long questionId) {
        Question question = em.find(Question.class, questionId);
        if (question == null) {
            throw new NotFoundException("question " + questionId);
        }
        question.getChoices().size();
        return question;
    }

    /**
     * Changes a step's texts, unless someone else changed the step after {@code seen} (its
     * {@link Step#getEditedAt()} when the form was opened); returns the texts before.
     */
    public StepTexts editTexts(long stepId, Instant seen, StepTexts texts) {
        Step step = lockedStep(stepId);
        if (!Objects.equals(seen, step.getEditedAt())) {
            throw new CourseEditRefusedException(Reason.CHANGED_MEANWHILE, "step " + stepId);
        }
        StepTexts before = StepTexts.of(step);
        step.edit(texts.title(), texts.summary(), texts.transcript(), Instant.now(clock));
        edited(step);
        return before;
    }

    /** Replaces a step's media by already checked and kept files; returns the media before. */
    public StepMedia replaceMedia(long stepId, StepMedia media) {
        Step step = lockedStep(stepId);
        StepMedia before = StepMedia.of(step);
        step.replaceMedia(
                media.filmPath(),
                media.filmContentType(),
                media.durationSeconds(),
                media.posterPath(),
                media.captions(),
                media.chapters(),
                Instant.now(clock));
        edited(step);
        return before;
    }

    /** Adds a question, last in the step's bank. */
    public Question addQuestion(long stepId, QuestionContent content) {
        Step step = lockedStep(stepId);
        int position = step.getQuestions().stream()
                        .mapToInt(Question::getPosition)
                        .max()
                        .orElse(0)
                + 1;
        Set<String> keys = step.getQuestions().stream().map(Question::getKey).collect(Collectors.toSet());
        Question question = new Question(step, keyFor(content.text().sv(), keys), 1, position, content);
        em.persist(question);
        step.getQuestions().add(question);
        edited(step);
        return question;
    }

    /**
     * Makes {@code content} the question's new version, unless it says the same already; only the
     * newest version can be changed, and only if it is still the one the form showed.
     */
    public Question reviseQuestion(long questionId, QuestionContent content) {
        Question current = newest(questionId);
        if (current.says(content)) {
            return current;
        }
        Question next = current.revise(content);
        em.persist(next);
        current.getStep().getQuestions().add(next);
        edited(current.getStep());
        return next;
    }

    /** Takes the question out of the bank; a test must still find enough questions. */
    public Question retireQuestion(long questionId) {
        Question question = newest(questionId);
        if (question.isRetired()) {
            throw new CourseEditRefusedException(Reason.ALREADY, "question " + questionId);
        }
        Step step = question.getStep();
        long active = step.getQuestions().stream().filter(q -> !q.isRetired()).count();
        if (active - 1 < step.getQuestionsPerTest()) {
            throw new CourseEditRefusedException(
                    Reason.BANK_TOO_SMALL, active + " active, a test draws " + step.getQuestionsPerTest());
        }
        question.retire();
        edited(step);
        return question;
    }

    /** Puts a retired question (its newest version) back into the bank. */
    public Question reinstateQuestion(long questionId) {
        Question question = newest(questionId);
        if (!question.isRetired()) {
            throw new CourseEditRefusedException(Reason.ALREADY, "question " + questionId);
        }
        question.reinstate();
        edited(question.getStep());
        return question;
    }

    /** The question, locked with its step, if it is its key's newest version. */
    private Question newest(long questionId) {
        Question question = question(questionId);
        lockedStep(question.getStep().getId());
        em.refresh(question, LockModeType.PESSIMISTIC_WRITE);
        if (question.getReplacedBy() != null) {
            throw new CourseEditRefusedException(Reason.NOT_NEWEST, "question " + questionId);
        }
        return question;
    }

    private Step lockedStep(long stepId) {
        Step step = em.find(Step.class, stepId, LockModeType.PESSIMISTIC_WRITE);
        if (step == null || step.isRetired()) {
            throw new NotFoundException("step " + stepId);
        }
        return step;
    }

    private void edited(Step step) {
        Course course = step.getPart().getCourse();
        course.edited();
        revisions.fire(new CourseRevised(course.getRevision()));
    }

    /**
     * A key for a new question: the first words of its Swedish text in lower-case ASCII, made
     * unique within the step; the key names the question in an exported package.
     */
    static String keyFor(String text, Set<String> taken) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        String base = List.of(ascii.split(" ")).stream()
                .filter(w -> !w.isEmpty())
                .limit(5)
                .collect(Collectors.joining("-"));
        if (base.isEmpty()) {
            base = "fraga";
        }
        base = base.length() > 50 ? base.substring(0, 50).replaceAll("-+$", "") : base;
        String key = base;
        for (int n = 2; taken.contains(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }
}
