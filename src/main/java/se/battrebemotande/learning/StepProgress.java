package se.battrebemotande.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * One learner's progress on one step: the film intervals watched, where to resume, and the test
 * results. A step is complete once its film has been watched to the step's threshold and its test
 * has been passed, in either order.
 */
@Entity
@jakarta.persistence.Table(name = "step_progress")
@NamedQuery(
        name = "StepProgress.find",
        query = "select p from StepProgress p where p.accountId = :account and p.stepId = :step")
@NamedQuery(name = "StepProgress.ofLearner", query = "select p from StepProgress p where p.accountId = :account")
public class StepProgress {
    @Id
    @SequenceGenerator(name = "step_progress_seq", sequenceName = "step_progress_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "step_progress_seq")
    private Long id;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "step_id")
    private long stepId;

    @Column(name = "watched_intervals")
    private String watchedIntervals = "";

    @Column(name = "watched_seconds")
    private double watchedSeconds;

    @Column(name = "last_position")
    private double lastPosition;

    @Column(name = "last_report_at")
    private Instant lastReportAt;

    @Column(name = "film_watched_at")
    private Instant filmWatchedAt;

    private int attempts;

    @Column(name = "last_score")
    private Integer lastScore;

    @Column(name = "last_passed")
    private Boolean lastPassed;

    @Column(name = "best_score")
    private Integer bestScore;

    @Column(name = "passed_at")
    private Instant passedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    /** When the learner first reported playing this step. */
    @Column(name = "started_at")
    private Instant startedAt;

    /** The learner's last report or test on this step: what an organisation sees as last activity. */
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected StepProgress() {}

    public StepProgress(long accountId, long stepId, Instant startedAt) {
        this.accountId = accountId;
        this.stepId = stepId;
        this.startedAt = startedAt;
        this.updatedAt = startedAt;
    }

    /**
     * Credits the intervals a player reports, within what could really have been played since the
     * last report that brought new film (reports that bring none, such as a pause, do not reset that
     * clock). A player may send the same intervals again: only what is new counts.
     */
    public PlaybackOutcome recordPlayback(
            WatchedIntervals reported, double position, Instant now, PlaybackRules rules) {
        WatchedIntervals watched = watched();
        WatchedIntervals offered = watched.newIn(reported);
        if (!offered.isEmpty()) {
            Double sinceLast = lastReportAt == null
                    ? null
                    : Duration.between(lastReportAt, now).toMillis() / 1000.0;
            WatchedIntervals credited = offered.firstSeconds(rules.budget(sinceLast));
            watched = watched.union(credited);
            watchedIntervals = watched.format();
            watchedSeconds = Math.min(rules.duration(), watched.total());
            lastReportAt = now;
        }
        updatedAt = now;
        if (Double.isFinite(position)) {
            lastPosition = Math.max(0, Math.min(position, rules.duration()));
        }
        if (filmWatchedAt == null && watchedShare(rules.duration()) >= rules.watchThreshold()) {
            filmWatchedAt = now;
        }
        boolean trimmed = watched.newIn(reported).total() > 0.05;
        return new PlaybackOutcome(completeIfDone(now), trimmed);
    }

    /** What a progress report did: whether it completed the step, and whether some film was not credited yet. */
    public record PlaybackOutcome(boolean completedStep, boolean trimmed) {}

    /** Records a submitted test; returns true when this attempt completed the step. */
    public boolean recordAttempt(int scorePercent, boolean passed, Instant at) {
        updatedAt = at;
        attempts++;
        lastScore = scorePercent;
        lastPassed = passed;
        bestScore = bestScore == null ? scorePercent : Math.max(bestScore, scorePercent);
        if (passed && passedAt == null) {
            passedAt = at;
        }
        return completeIfDone(at);
    }

    private boolean completeIfDone(Instant now) {
        if (completedAt == null && filmWatchedAt != null && passedAt != null) {
            completedAt = now;
            return true;
        }
        return false;
    }

    public WatchedIntervals watched() {
        return WatchedIntervals.parse(watchedIntervals);
    }

    public double watchedShare(double duration) {
        return duration <= 0 ? 0 : Math.min(1, watchedSeconds / duration);
    }

    /** The test opens once the film has been watched far enough. */
    public boolean isTestOpen() {
        return filmWatchedAt != null;
    }

    public boolean isPassed() {
        return passedAt != null;
    }

    public boolean isComplete() {
        return completedAt != null;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getStepId() {
        return stepId;
    }

    public double getWatchedSeconds() {
        return watchedSeconds;
    }

    public double getLastPosition() {
        return lastPosition;
    }

    public Instant getFilmWatchedAt() {
        return filmWatchedAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Integer getLastScore() {
        return lastScore;
    }

    public Boolean getLastPassed() {
        return lastPassed;
    }

    public Integer getBestScore() {
        return bestScore;
    }

    public Instant getPassedAt() {
        return passedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
