package se.battrebemotande.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.course.CourseEditRefusedException;
import se.battrebemotande.course.Question;
import se.battrebemotande.course.Step;
import se.battrebemotande.platform.NotFoundException;
import se.battrebemotande.web.FormErrors;
import se.battrebemotande.web.Texts;

/**
 * {@code /admin/content/questions/{id}} and {@code /admin/content/steps/{id}/questions/new}: a
 * question's editor. Saving a change makes a new version; an older version is shown as it was,
 * read-only, with a link to the newest.
 */
@Named
@ViewScoped
public class ContentQuestionBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ContentAdministration content;

    @Inject
    CurrentUser user;

    @Inject
    transient Texts texts;

    @Inject
    @Param(name = "question")
    String questionParameter;

    @Inject
    @Param(name = "step")
    String stepParameter;

    private Long questionId;
    private long stepId;
    private QuestionForm form;
    private transient Question question;
    private transient Step step;

    @PostConstruct
    void init() {
        if (questionParameter != null) {
            questionId = id(questionParameter);
            Question shown = getQuestion();
            stepId = shown.getStep().getId();
            form = QuestionForm.of(shown);
        } else {
            stepId = id(stepParameter);
            form = new QuestionForm();
        }
        if (getStep().isRetired()) {
            throw new NotFoundException("retired step " + stepId);
        }
    }

    private static long id(String parameter) {
        try {
            return Long.parseLong(parameter);
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotFoundException("question or step " + parameter);
        }
    }

    public Question getQuestion() {
        if (question == null && questionId != null) {
            question = content.question(user.id(), questionId);
        }
        return question;
    }

    public Step getStep() {
        if (step == null) {
            step = content.step(user.id(), stepId);
        }
        return step;
    }

    public boolean isNew() {
        return questionId == null;
    }

    /** Only the newest version of a question can be changed. */
    public boolean isEditable() {
        return isNew() || getQuestion().getReplacedBy() == null;
    }

    /** The newest version of this question. */
    public Question getNewest() {
        Question q = getQuestion();
        while (q.getReplacedBy() != null) {
            q = q.getReplacedBy();
        }
        return q;
    }

    /** Every version of this question, newest first. */
    public List<Question> getVersions() {
        if (isNew()) {
            return List.of();
        }
        String key = getQuestion().getKey();
        return getStep().getQuestions().stream()
                .filter(q -> q.getKey().equals(key))
                .sorted(Comparator.comparingInt(Question::getVersion).reversed())
                .toList();
    }

    public void save() throws IOException {
        List<QuestionForm.Problem> problems = form.check();
        if (!problems.isEmpty()) {
            problems.forEach(p -> FormErrors.reject("question:" + p.field(), texts.get(p.key(), p.arguments())));
            return;
        }
        try {
            if (isNew()) {
                content.addQuestion(user.id(), stepId, form.content());
                Messages.addFlashGlobalInfo(texts.get("contentQuestion.added"));
                Faces.redirect("admin/content/steps/%s#questions", stepId);
                return;
            }
            Question saved = content.reviseQuestion(user.id(), questionId, form.content());
            Messages.addFlashGlobalInfo(
                    saved.getId().equals(questionId)
                            ? texts.get("contentQuestion.unchanged")
                            : texts.get("contentQuestion.revised", saved.getVersion()));
            Faces.redirect("admin/content/questions/%s", saved.getId());
        } catch (CourseEditRefusedException e) {
            Messages.addGlobalError(texts.get("contentQuestion.refused." + e.getReason()));
            question = null;
            step = null;
        }
    }

    public QuestionForm getForm() {
        return form;
    }

    public long getStepId() {
        return stepId;
    }
}
