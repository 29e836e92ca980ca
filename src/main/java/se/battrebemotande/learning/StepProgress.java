package se.battrebemotande.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
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

    /** This step's {@link CreditBucket}: film seconds it held, and when (null: full). */
    @Column(name = "credit_tokens")
    private Double creditTokens;

    @Column(name = "credit_tokens_at")
    private Instant creditTokensAt;

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
     * Credits the intervals a player reports, as far as this step's {@link CreditBucket} and the
     * learner's ({@code learnerAvailable} seconds) allow ({@link PlaybackRules}). A player may send the
     * same intervals again: only what is new counts.
     */
    public PlaybackOutcome recordPlayback(
            WatchedIntervals reported, double position, Instant now, PlaybackRules rules, double learnerAvailable) {
        WatchedIntervals watched = watched();
        WatchedIntervals offered = watched.newIn(reported);
        double creditedSeconds = 0;
        if (!offered.isEmpty()) {
            CreditBucket bucket = new CreditBucket(creditTokens, creditTokensAt);
            double available = Math.min(bucket.available(now, rules), Math.max(0, learnerAvailable));
            double before = watched.total();
            watched = WatchedIntervals.parse(
                    watched.union(offered.firstSeconds(available)).format());
            // What the stored intervals grew by, rounding and the joining of tiny gaps included, so that
            // many small reports cannot add up more than the buckets gave.
            creditedSeconds = Math.max(0, watched.total() - before);
            bucket = bucket.spend(creditedSeconds, now, rules);
            creditTokens = bucket.tokens();
            creditTokensAt = bucket.at();
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
        return new PlaybackOutcome(completeIfDone(now), trimmed, creditedSeconds);
    }

    /**
     * What a progress report did: whether it completed the step, whether some film was not credited
     * yet, and how many seconds of film it credited.
     */
    public record PlaybackOutcome(boolean completedStep, boolean trimmed, double creditedSeconds) {}

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
