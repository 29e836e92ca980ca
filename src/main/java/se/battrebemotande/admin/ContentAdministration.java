package se.battrebemotande.admin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import se.battrebemotande.account.Account;
import se.battrebemotande.course.Caption;
import se.battrebemotande.course.Course;
import se.battrebemotande.course.CourseEditor;
import se.battrebemotande.course.CourseEditor.StepMedia;
import se.battrebemotande.course.CourseEditor.StepTexts;
import se.battrebemotande.course.Question;
import se.battrebemotande.course.QuestionContent;
import se.battrebemotande.course.Step;
import se.battrebemotande.platform.LocalizedText;
import se.battrebemotande.platform.NotFoundException;

/**
 * Administrators keep the course current: a step's texts and media, and its question bank. Each
 * change is made by {@link CourseEditor} and written to the audit log in the same transaction, with
 * what changed before and after.
 */
@Stateless
public class ContentAdministration {
    @Inject
    Audit audit;

    @Inject
    CourseEditor editor;

    @PersistenceContext
    EntityManager em;

    /** The live course: when it was last imported, and whether administrators have edited it since. */
    public Course course(long actorId) {
        audit.administrator(actorId);
        return em.createNamedQuery("Course.all", Course.class).getResultList().stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("course"));
    }

    /** A step with every version of its questions, for its editor. */
    public Step step(long actorId, long stepId) {
        audit.administrator(actorId);
        return editor.step(stepId);
    }

    /** A question, any version, for its editor. */
    public Question question(long actorId, long questionId) {
        audit.administrator(actorId);
        return editor.question(questionId);
    }

    /** How many active questions each step's bank holds. */
    public Map<Long, Long> activeQuestions(long actorId) {
        audit.administrator(actorId);
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(
                        "select q.step.id, count(q) from Question q where q.retired = false group by q.step.id",
                        Object[].class)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    public void editTexts(long actorId, long stepId, Instant seen, StepTexts texts) {
        Account actor = audit.administrator(actorId);
        StepTexts before = editor.editTexts(stepId, seen, texts);
        audit.record(
                actor,
                AuditAction.STEP_EDITED,
                stepId,
                title(before.title()),
                changes(before, texts, true),
                changes(before, texts, false));
    }

    public void replaceMedia(long actorId, long stepId, StepMedia media) {
        Account actor = audit.administrator(actorId);
        StepMedia before = editor.replaceMedia(stepId, media);
        Step step = editor.step(stepId);
        audit.record(
                actor,
                AuditAction.STEP_MEDIA_REPLACED,
                stepId,
                title(step.getTitle()),
                describe(before, media, true),
                describe(before, media, false));
    }

    public Question addQuestion(long actorId, long stepId, QuestionContent content) {
        Account actor = audit.administrator(actorId);
        Question added = editor.addQuestion(stepId, content);
        em.flush();
        audit.record(actor, AuditAction.QUESTION_ADDED, added.getId(), summary(added), null, describe(content));
        return added;
    }

    /** The newest version after the change: a new one, or the same when nothing changed. */
    public Question reviseQuestion(long actorId, long questionId, QuestionContent content) {
        Account actor = audit.administrator(actorId);
        Question before = editor.question(questionId);
        QuestionContent old = QuestionContent.of(before);
        Question after = editor.reviseQuestion(questionId, content);
        if (after.getId() == null || after.getId() != questionId) {
            em.flush();
            audit.record(
                    actor,
                    AuditAction.QUESTION_REVISED,
                    after.getId(),
                    summary(after) + " (v" + before.getVersion() + " → v" + after.getVersion() + ")",
                    describe(old),
                    describe(content));
        }
        return after;
    }

    public Question retireQuestion(long actorId, long questionId) {
        Account actor = audit.administrator(actorId);
        Question retired = editor.retireQuestion(questionId);
        audit.record(actor, AuditAction.QUESTION_RETIRED, questionId, summary(retired), "active", "retired");
        return retired;
    }

    public Question reinstateQuestion(long actorId, long questionId) {
        Account actor = audit.administrator(actorId);
        Question back = editor.reinstateQuestion(questionId);
        audit.record(actor, AuditAction.QUESTION_REINSTATED, questionId, summary(back), "retired", "active");
        return back;
    }

    private static String title(LocalizedText title) {
        return title == null ? "" : title.sv();
    }

    private static String summary(Question q) {
        return q.getKey() + " v" + q.getVersion() + ": " + q.getText().sv();
    }

    /** The texts that changed, as they were ({@code before}) or became. */
    private static String changes(StepTexts before, StepTexts after, boolean old) {
        StringBuilder text = new StringBuilder();
        field(text, "title", before.title(), after.title(), old);
        field(text, "summary", before.summary(), after.summary(), old);
        field(text, "transcript", before.transcript(), after.transcript(), old);
        return text.toString().strip();
    }

    private static void field(StringBuilder text, String name, LocalizedText before, LocalizedText after, boolean old) {
        LocalizedText shown = old ? before : after;
        if (!Objects.equals(before == null ? null : before.sv(), after == null ? null : after.sv())) {
            text.append(name)
                    .append(".sv=")
                    .append(shorten(shown == null ? null : shown.sv()))
                    .append('\n');
        }
        if (!Objects.equals(before == null ? null : before.en(), after == null ? null : after.en())) {
            text.append(name)
                    .append(".en=")
                    .append(shorten(shown == null ? null : shown.en()))
                    .append('\n');
        }
    }

    private static String describe(StepMedia before, StepMedia after, boolean old) {
        StepMedia shown = old ? before : after;
        StringBuilder text = new StringBuilder();
        if (!Objects.equals(before.filmPath(), after.filmPath())) {
            text.append("film=")
                    .append(shown.filmPath())
                    .append(String.format(java.util.Locale.ROOT, " (%.1f s)", shown.durationSeconds()))
                    .append('\n');
        }
        if (!Objects.equals(before.posterPath(), after.posterPath())) {
            text.append("poster=").append(shown.posterPath()).append('\n');
        }
        Map<String, String> captionsBefore = paths(before.captions());
        Map<String, String> captionsAfter = paths(after.captions());
        for (String lang : captionsAfter.keySet()) {
            if (!Objects.equals(captionsBefore.get(lang), captionsAfter.get(lang))) {
                text.append("captions.")
                        .append(lang)
                        .append('=')
                        .append((old ? captionsBefore : captionsAfter).get(lang))
                        .append('\n');
            }
        }
        field(text, "chapters", before.chapters(), after.chapters(), old);
        return text.toString().strip();
    }

    private static Map<String, String> paths(List<Caption> captions) {
        return captions.stream().collect(Collectors.toMap(Caption::getLang, Caption::getPath, (a, b) -> a));
    }

    /** A question's content in a few readable lines: the right choices marked with an asterisk. */
    static String describe(QuestionContent content) {
        StringBuilder text = new StringBuilder(content.multiple() ? "multiple: " : "single: ");
        text.append(content.text().sv()).append('\n');
        for (QuestionContent.ChoiceContent c : content.choices()) {
            text.append(c.correct() ? "* " : "- ").append(c.text().sv()).append('\n');
        }
        text.append("explanation: ").append(shorten(content.explanation().sv()));
        return text.toString();
    }

    private static String shorten(String text) {
        if (text == null) {
            return "–";
        }
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() > 300 ? one.substring(0, 299) + "…" : one;
    }
}
