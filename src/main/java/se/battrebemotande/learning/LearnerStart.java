package se.battrebemotande.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** When a learner first started the course (their first step): what statistics count as "started". */
@Entity
@Table(name = "learner_start")
public class LearnerStart {
    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "started_at")
    private Instant startedAt;

    protected LearnerStart() {}

    LearnerStart(long accountId, Instant startedAt) {
        this.accountId = accountId;
        this.startedAt = startedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }
}
