package se.battrebemotande.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.course.Caption;
import se.battrebemotande.course.CourseEditRefusedException;
import se.battrebemotande.course.CourseEditor.StepTexts;
import se.battrebemotande.course.Question;
import se.battrebemotande.course.Step;
import se.battrebemotande.platform.LocalizedText;
import se.battrebemotande.platform.NotFoundException;
import se.battrebemotande.web.Texts;

/**
 * {@code /admin/content/steps/{id}}: a step's texts (title, summary, transcript, in Swedish and
 * English), its media (replaced through {@link MediaUploadServlet}) and its question bank.
 */
@Named
@ViewScoped
public class ContentStepBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 1000;
    static final int TRANSCRIPT_MAX = 200_000;

    @Inject
    ContentAdministration content;

    @Inject
    CurrentUser user;

    @Inject
    transient Texts texts;

    @Inject
    @Param(name = "step")
    String stepParameter;

    private long stepId;
    private Instant seen;
    private List<String> uploadProblems;
    private transient Step step;

    @NotBlank(message = "{content.title.required}")
    @Size(max = TITLE_MAX, message = "{content.size}")
    private String titleSv;

    @Size(max = TITLE_MAX, message = "{content.size}")
    private String titleEn;

    @Size(max = SUMMARY_MAX, message = "{content.size}")
    private String summarySv;

    @Size(max = SUMMARY_MAX, message = "{content.size}")
    private String summaryEn;

    @NotBlank(message = "{content.transcript.required}")
    @Size(max = TRANSCRIPT_MAX, message = "{content.size}")
    private String transcriptSv;

    @Size(max = TRANSCRIPT_MAX, message = "{content.size}")
    private String transcriptEn;

    @PostConstruct
    void init() {
        try {
            stepId = Long.parseLong(stepParameter);
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotFoundException("step " + stepParameter);
        }
        Step shown = getStep();
        if (shown.isRetired()) {
            throw new NotFoundException("retired step " + stepId);
        }
        seen = shown.getEditedAt();
        uploadProblems = MediaUploadServlet.takeProblems(Faces.getSession(), stepId);
        titleSv = shown.getTitle().sv();
        titleEn = shown.getTitle().en();
        summarySv = shown.getSummary() == null ? null : shown.getSummary().sv();
        summaryEn = shown.getSummary() == null ? null : shown.getSummary().en();
        transcriptSv = shown.getTranscript().sv();
        transcriptEn = shown.getTranscript().en();
    }

    public Step getStep() {
        if (step == null) {
            step = content.step(user.id(), stepId);
        }
        return step;
    }

    public void save() throws IOException {
        try {
            content.editTexts(
                    user.id(),
                    stepId,
                    seen,
                    new StepTexts(
                            text(titleSv, titleEn),
                            summarySv == null || summarySv.isBlank() ? null : text(summarySv, summaryEn),
                            text(transcriptSv, transcriptEn)));
        } catch (CourseEditRefusedException e) {
            Messages.addGlobalError(texts.get("contentStep.changedMeanwhile"));
            return;
        }
        Messages.addFlashGlobalInfo(texts.get("contentStep.saved"));
        Faces.redirect("admin/content/steps/%s", stepId);
    }

    public void retire(long questionId) throws IOException {
        try {
            content.retireQuestion(user.id(), questionId);
        } catch (CourseEditRefusedException e) {
            Messages.addGlobalError(
                    texts.get("contentStep.refused." + e.getReason(), getStep().getQuestionsPerTest()));
            step = null;
            return;
        }
        Messages.addFlashGlobalInfo(texts.get("contentStep.retired"));
        Faces.redirect("admin/content/steps/%s#questions", stepId);
    }

    public void reinstate(long questionId) throws IOException {
        try {
            content.reinstateQuestion(user.id(), questionId);
        } catch (CourseEditRefusedException e) {
            Messages.addGlobalError(texts.get("contentStep.refused." + e.getReason(), 0));
            step = null;
            return;
        }
        Messages.addFlashGlobalInfo(texts.get("contentStep.reinstated"));
        Faces.redirect("admin/content/steps/%s#questions", stepId);
    }

    /** The questions a test draws from now, in the bank's order. */
    public List<Question> getActiveQuestions() {
        return getStep().getQuestions().stream()
                .filter(q -> !q.isRetired())
                .sorted(Comparator.comparingInt(Question::getPosition))
                .toList();
    }

    /** Questions taken out of the bank (their newest version); older versions are reached from these. */
    public List<Question> getRetiredQuestions() {
        return getStep().getQuestions().stream()
                .filter(q -> q.isRetired() && q.getReplacedBy() == null)
                .sorted(Comparator.comparingInt(Question::getPosition))
                .toList();
    }

    public boolean hasCaptions(String lang) {
        return getStep().getCaptions().stream().map(Caption::getLang).anyMatch(lang::equals);
    }

    /** The problems of an upload posted without the page's script, kept for this page by the upload. */
    public List<String> getUploadProblems() {
        return uploadProblems;
    }

    private static LocalizedText text(String sv, String en) {
        return new LocalizedText(sv.strip(), en == null || en.isBlank() ? null : en.strip());
    }

    public long getStepId() {
        return stepId;
    }

    public String getTitleSv() {
        return titleSv;
    }

    public void setTitleSv(String titleSv) {
        this.titleSv = titleSv;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getSummarySv() {
        return summarySv;
    }

    public void setSummarySv(String summarySv) {
        this.summarySv = summarySv;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(String summaryEn) {
        this.summaryEn = summaryEn;
    }

    public String getTranscriptSv() {
        return transcriptSv;
    }

    public void setTranscriptSv(String transcriptSv) {
        this.transcriptSv = transcriptSv;
    }

    public String getTranscriptEn() {
        return transcriptEn;
    }

    public void setTranscriptEn(String transcriptEn) {
        this.transcriptEn = transcriptEn;
    }
}
