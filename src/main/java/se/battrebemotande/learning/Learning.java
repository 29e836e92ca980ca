package se.battrebemotande.learning;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.battrebemotande.course.CourseCatalog;
import se.battrebemotande.course.CourseOutline.StepOutline;
import se.battrebemotande.course.Question;
import se.battrebemotande.learning.AttemptRefusedException.Reason;
import se.battrebemotande.learning.WatchedIntervals.Interval;

/**
 * Records what learners watch and how they do in tests. Every method is one transaction; writes
 * for one learner are serialised on their account row, so a double click or two open tabs cannot
 * create duplicate progress or submit an attempt twice.
 */
@Stateless
public class Learning {
    @PersistenceContext
    EntityManager em;

    @Inject
    CourseCatalog catalog;

    @Inject
    Event<PartCompleted> partCompleted;

    @Inject
    @ConfigProperty(name = "learning.max-playback-rate", defaultValue = "2")
    double maxPlaybackRate;

    /** Minutes before a third attempt after two failed in a row (RetakePolicy); 0 turns it off. */
    @Inject
    @ConfigProperty(name = "learning.retake-cool-down-minutes", defaultValue = "10")
    int retakeCoolDownMinutes;

    private final Random random = new SecureRandom();

    @Inject
    Clock clock;

    @Inject
    FilmDeliveries deliveries;

    /** Records that bytes {@code from}–{@code to} of the step's film ({@code size} bytes) reached the learner. */
    public void recordDelivery(long accountId, long stepId, long size, long from, long to) {
        deliveries.record(accountId, stepId, size, from, to);
    }

    public Map<Long, StepProgress> progressOf(long accountId) {
        return em.createNamedQuery("StepProgress.ofLearner", StepProgress.class)
                .setParameter("account", accountId)
                .getResultStream()
                .collect(Collectors.toMap(StepProgress::getStepId, Function.identity()));
    }

    public CourseProgress courseProgress(long accountId) {
        return CourseProgress.of(catalog.outline(), progressOf(accountId));
    }

    public Optional<StepProgress> progress(long accountId, long stepId) {
        return em.createNamedQuery("StepProgress.find", StepProgress.class)
                .setParameter("account", accountId)
                .setParameter("step", stepId)
                .getResultStream()
                .findFirst();
    }

    /** The fastest playback speed the player offers; faster play earns no more credit. */
    public double maxPlaybackRate() {
        return maxPlaybackRate;
    }

    public PlaybackResult recordPlayback(long accountId, long stepId, Collection<Interval> played, double position) {
        StepOutline step = catalog.findStep(stepId).orElseThrow(() -> new UnknownStepException(stepId));
        StepProgress progress = progressForUpdate(accountId, stepId);
        // The learner's own bucket, shared by every step: reports on several steps at once take turns here.
        LearnerStart learner = em.createNamedQuery("LearnerStart.find", LearnerStart.class)
                .setParameter("account", accountId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElse(null);
        Instant now = Instant.now(clock);
        if (learner == null) {
            learner = new LearnerStart(accountId, progress.getStartedAt() == null ? now : progress.getStartedAt());
            em.persist(learner);
        }
        PlaybackRules rules = new PlaybackRules(step.durationSeconds(), step.watchThreshold(), maxPlaybackRate);
        // Only film whose bytes reached this learner counts (DeliveredBytes); a report names the whole
        // visit, so what is not delivered yet is credited by a later report.
        WatchedIntervals delivered = deliveries
                .find(accountId, stepId)
                .restrict(WatchedIntervals.reported(played, step.durationSeconds()), step.durationSeconds());
        StepProgress.PlaybackOutcome outcome = learner.recordPlayback(progress, delivered, position, now, rules);
        if (outcome.completedStep()) {
            stepCompleted(accountId, step);
        }
        return new PlaybackResult(
                se.battrebemotande.web.Format.percent(progress.watchedShare(step.durationSeconds())),
                progress.isTestOpen(),
                progress.isComplete(),
                outcome.trimmed());
    }

    /** The attempt a learner is in the middle of, if any. */
    public Optional<Attempt> openAttempt(long accountId, long stepId) {
        return attempts(accountId, stepId).stream()
                .filter(a -> !a.isSubmitted())
                .findFirst();
    }

    public Optional<Attempt> latestSubmitted(long accountId, long stepId) {
        return attempts(accountId, stepId).stream().filter(Attempt::isSubmitted).findFirst();
    }

    /** Every attempt of a learner's, at every step, newest first, with what was asked and answered. */
    public List<Attempt> attemptsOf(long accountId) {
        List<Attempt> attempts = em.createNamedQuery("Attempt.ofLearner", Attempt.class)
                .setParameter("account", accountId)
                .getResultList();
        attempts.forEach(Learning::load);
        return attempts;
    }

    public int retakeCoolDownMinutes() {
        return retakeCoolDownMinutes;
    }

    /** When the learner may start the step's test again, if not now (see {@link RetakePolicy}). */
    public Optional<Instant> retakeAllowedAt(List<Attempt> newestFirst) {
        return RetakePolicy.waitUntil(newestFirst, Duration.ofMinutes(retakeCoolDownMinutes), Instant.now(clock));
    }

    /** All attempts at a step's test, newest first; the latest two with their questions, choices and answers loaded. */
    public List<Attempt> attempts(long accountId, long stepId) {
        List<Attempt> attempts = em.createNamedQuery("Attempt.ofLearnerStep", Attempt.class)
                .setParameter("account", accountId)
                .setParameter("step", stepId)
                .getResultList();
        attempts.stream().limit(2).forEach(Learning::load);
        return attempts;
    }

    /**
     * Starts a test, or returns the one already started: reloading never draws new questions, so
     * a learner cannot fish for easy ones.
     */
    public Attempt startAttempt(long accountId, long stepId) {
        StepOutline step = catalog.findStep(stepId).orElseThrow(() -> new UnknownStepException(stepId));
        lockLearner(accountId);
        List<Attempt> earlier = attempts(accountId, stepId);
        Optional<Attempt> open = earlier.stream().filter(a -> !a.isSubmitted()).findFirst();
        if (open.isPresent()) {
            return open.get();
        }
        if (!progress(accountId, stepId).map(StepProgress::isTestOpen).orElse(false)) {
            throw new AttemptRefusedException(Reason.TEST_NOT_OPEN);
        }
        if (retakeAllowedAt(earlier).isPresent()) {
            throw new AttemptRefusedException(Reason.COOLING_DOWN);
        }
        Set<Long> askedLastTime = earlier.stream()
                .filter(Attempt::isSubmitted)
                .findFirst()
                .map(a ->
                        a.getItems().stream().map(i -> i.getQuestion().getId()).collect(Collectors.toSet()))
                .orElse(Set.of());
        List<Question> bank = catalog.questionBank(stepId);
        List<Question> drawn = QuestionDraw.questions(bank, step.questionsPerTest(), askedLastTime, random);
        Attempt attempt = new Attempt(
                accountId,
                stepId,
                step.passMark(),
                drawn,
                QuestionDraw.choiceOrders(drawn, random),
                Instant.now(clock));
        em.persist(attempt);
        em.flush();
        return load(attempt);
    }

    /** Scores an attempt; refuses, changing nothing, one that is not this learner's or was already submitted. */
    public Attempt submit(long accountId, long attemptId, Map<Long, Set<Long>> answers) {
        return submit(accountId, attemptId, attempt -> answers);
    }

    /**
     * Scores an attempt from the test page's form: the places at which each item showed the ticked
     * choices ({@link Attempt#choicesAt}); refuses as {@link #submit(long, long, Map)} does.
     */
    public Attempt submitPlaces(long accountId, long attemptId, Map<Long, Set<Integer>> places) {
        return submit(accountId, attemptId, attempt -> attempt.choicesAt(places));
    }

    private Attempt submit(long accountId, long attemptId, Function<Attempt, Map<Long, Set<Long>>> answersOf) {
        lockLearner(accountId);
        Attempt attempt = em.find(Attempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null || !attempt.isOf(accountId)) {
            throw new AttemptRefusedException(Reason.UNKNOWN_ATTEMPT);
        }
        Instant now = Instant.now(clock);
        attempt.submit(answersOf.apply(attempt), now);
        StepProgress progress = progressForUpdate(accountId, attempt.getStepId());
        if (progress.recordAttempt(attempt.getScorePercent(), attempt.isPassed(), now)) {
            catalog.findStep(attempt.getStepId()).ifPresent(step -> stepCompleted(accountId, step));
        }
        return load(attempt);
    }

    private void stepCompleted(long accountId, StepOutline step) {
        em.flush();
        CourseProgress course = courseProgress(accountId);
        course.part(step.partId())
                .filter(CourseProgress.PartProgress::isComplete)
                .ifPresent(part ->
                        partCompleted.fire(new PartCompleted(accountId, step.partId(), part.completedAt(), course)));
    }

    /** The learner's progress row on a step, locked for this transaction; created on first use. */
    private StepProgress progressForUpdate(long accountId, long stepId) {
        return lockedProgress(accountId, stepId).orElseGet(() -> {
            lockLearner(accountId);
            return lockedProgress(accountId, stepId).orElseGet(() -> {
                Instant now = Instant.now(clock);
                StepProgress created = new StepProgress(accountId, stepId, now);
                em.persist(created);
                if (em.find(LearnerStart.class, accountId) == null) {
                    em.persist(new LearnerStart(accountId, now));
                }
                return created;
            });
        });
    }

    private Optional<StepProgress> lockedProgress(long accountId, long stepId) {
        return em.createNamedQuery("StepProgress.find", StepProgress.class)
                .setParameter("account", accountId)
                .setParameter("step", stepId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    private void lockLearner(long accountId) {
        em.createNativeQuery("SELECT id FROM account WHERE id = ? FOR UPDATE")
                .setParameter(1, accountId)
                .getResultList();
    }

    /** Loads what the test pages show of an attempt: its items, their questions, choices and answers. */
    private static Attempt load(Attempt attempt) {
        attempt.getItems().forEach(i -> {
            i.getQuestion().getChoices().size();
            i.offeredChoiceIds();
        });
        return attempt;
    }
}
