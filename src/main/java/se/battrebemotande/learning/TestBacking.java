package se.battrebemotande.learning;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.omnifaces.cdi.Param;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.course.CourseOutline.StepOutline;
import se.battrebemotande.web.Texts;

/**
 * A step's test. The page shows, in turn: why the test is not open yet; an introduction with a
 * start button; the open attempt's questions; or the latest result with the way to a retake. Every
 * action posts, then redirects back here (post-redirect-get).
 */
@Named
@RequestScoped
public class TestBacking {
    static final String ATTEMPT_PARAMETER = "attempt";
    static final String ANSWER_PREFIX = "answer-";

    @Inject
    StepAddress address;

    @Inject
    Learning learning;

    @Inject
    CurrentUser learner;

    @Inject
    Texts texts;

    /** Why the last submission was refused, carried across the redirect in the address. */
    @Inject
    @Param
    String refused;

    private StepOutline outline;
    private StepProgress progress;
    private List<Attempt> attempts = List.of();
    private Attempt open;
    private Attempt result;
    private Map<Long, Set<Integer>> ticked = Map.of();
    private Set<Long> unanswered = Set.of();

    /**
     * Loads the step and the learner's attempts as the bean is created, so that the page's form
     * exists while a postback is decoded.
     */
    @PostConstruct
    void init() {
        outline = address.outline();
        if (outline != null) {
            refresh();
        }
    }

    /** Answers 404 for an address that names no step, and shows why a submission was refused. */
    public void load() throws IOException {
        if (address.sendNotFoundIfMissing()) {
            return;
        }
        if (refused != null
                && java.util.Arrays.stream(AttemptRefusedException.Reason.values())
                        .anyMatch(r -> r.name().equals(refused))) {
            error(texts.get("test.refused." + refused));
        }
    }

    private void refresh() {
        progress = learning.progress(learner.id(), outline.id()).orElse(null);
        attempts = learning.attempts(learner.id(), outline.id());
        open = attempts.stream().filter(a -> !a.isSubmitted()).findFirst().orElse(null);
        result = attempts.stream().filter(Attempt::isSubmitted).findFirst().orElse(null);
    }

    public void start() throws IOException {
        try {
            learning.startAttempt(learner.id(), outline.id());
            reload(null);
        } catch (AttemptRefusedException e) {
            reload(e.reason());
        }
    }

    public void retake() throws IOException {
        start();
    }

    public void submit() throws IOException {
        Map<String, String[]> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        try {
            long attemptId = Long.parseLong(single(parameters.get(ATTEMPT_PARAMETER)));
            ticked = ticked(parameters);
            learning.submitPlaces(learner.id(), attemptId, ticked);
            reload(null);
        } catch (IncompleteAnswersException e) {
            unanswered = e.unansweredItems();
            refresh();
            error(texts.get("test.unanswered", unanswered.size()));
        } catch (AttemptRefusedException e) {
            reload(e.reason());
        } catch (IllegalArgumentException e) {
            reload(AttemptRefusedException.Reason.ANSWERS_DO_NOT_MATCH);
        }
    }

    /**
     * The places of the ticked choices per attempt item ({@code answer-<item>=<place>}); anything that
     * is not a number is refused as a whole.
     */
    static Map<Long, Set<Integer>> ticked(Map<String, String[]> parameters) {
        Map<Long, Set<Integer>> ticked = new HashMap<>();
        parameters.forEach((name, values) -> {
            if (name.startsWith(ANSWER_PREFIX)) {
                long item = Long.parseLong(name.substring(ANSWER_PREFIX.length()));
                Set<Integer> places = new HashSet<>();
                for (String value : values) {
                    places.add(Integer.parseInt(value));
                }
                ticked.put(item, places);
            }
        });
        return ticked;
    }

    private static String single(String[] values) {
        if (values == null || values.length != 1) {
            throw new IllegalArgumentException("expected one value");
        }
        return values[0];
    }

    private void error(String message) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** Back to this page with a GET, saying why when something was refused. */
    private void reload(AttemptRefusedException.Reason reason) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + outline.path() + "/test"
                + (reason == null ? "" : "?refused=" + reason.name()));
    }

    /** Whether this request posts answers, which are then judged even if no attempt is open here. */
    public boolean isAnswering() {
        return FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .containsKey(ATTEMPT_PARAMETER);
    }

    /** Whether the choice shown at {@code place} (from 1) was ticked when the form came back incomplete. */
    public boolean isChecked(AttemptItem item, int place) {
        return ticked.getOrDefault(item.getId(), Set.of()).contains(place);
    }

    public boolean isUnanswered(AttemptItem item) {
        return unanswered.contains(item.getId());
    }

    public boolean isTestOpen() {
        return progress != null && progress.isTestOpen();
    }

    public int getThresholdPercent() {
        return (int) Math.round(outline.watchThreshold() * 100);
    }

    public int getPassMarkPercent() {
        return (int) Math.round(outline.passMark() * 100);
    }

    public se.battrebemotande.course.CourseOutline.PartOutline getPartOutline() {
        return address.part();
    }

    public StepOutline getOutline() {
        return outline;
    }

    public List<Attempt> getAttempts() {
        return attempts;
    }

    public Attempt getOpen() {
        return open;
    }

    public int getCoolDownMinutes() {
        return learning.retakeCoolDownMinutes();
    }

    /** When the test may be taken again, after two failed attempts in a row; null when it may now. */
    public Instant getRetakeAt() {
        return learning.retakeAllowedAt(attempts).orElse(null);
    }

    /**
     * Whether the step's test has been passed: only then does a result show the right answers, so
     * that a failed attempt sends the learner back to the film rather than to an answer key.
     */
    public boolean isStepPassed() {
        return progress != null && progress.isPassed();
    }

    public Attempt getResult() {
        return result;
    }
}
