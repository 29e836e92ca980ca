package se.battrebemotande.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * When a learner first started the course (their first step): what statistics count as "started";
 * and the learner's {@link CreditBucket}, shared by all steps, since a person watches one film at a
 * time.
 */
@Entity
@Table(name = "learner_start")
@NamedQuery(name = "LearnerStart.find", query = "select l from LearnerStart l where l.accountId = :account")
public class LearnerStart {
    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "credit_tokens")
    private Double creditTokens;

    @Column(name = "credit_tokens_at")
    private Instant creditTokensAt;

    protected LearnerStart() {}

    LearnerStart(long accountId, Instant startedAt) {
        this.accountId = accountId;
        this.startedAt = startedAt;
    }

    /**
     * Credits what a player reports on one of the learner's steps, within that step's bucket and the
     * learner's ({@link PlaybackRules}).
     */
    StepProgress.PlaybackOutcome recordPlayback(
            StepProgress progress, WatchedIntervals reported, double position, Instant now, PlaybackRules rules) {
        CreditBucket bucket = new CreditBucket(creditTokens, creditTokensAt);
        StepProgress.PlaybackOutcome outcome =
                progress.recordPlayback(reported, position, now, rules, bucket.available(now, rules));
        if (outcome.creditedSeconds() > 0) {
            bucket = bucket.spend(outcome.creditedSeconds(), now, rules);
            creditTokens = bucket.tokens();
            creditTokensAt = bucket.at();
        }
        return outcome;
    }

    public Instant getStartedAt() {
        return startedAt;
    }
}
