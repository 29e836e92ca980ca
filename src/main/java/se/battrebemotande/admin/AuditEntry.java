package se.battrebemotande.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One administrative change: who made it, what, when, to what, and the state before and after.
 * Written in the same transaction as the change; never changed or deleted afterwards.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
    static final int STATE_MAX = 4000;

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    private Instant at;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name")
    private String actorName;

    private String action;

    @Column(name = "subject_type")
    private String subjectType;

    @Column(name = "subject_id")
    private String subjectId;

    private String summary;

    @Column(name = "before_state")
    private String before;

    @Column(name = "after_state")
    private String after;

    protected AuditEntry() {}

    AuditEntry(
            Instant at,
            Long actorId,
            String actorName,
            AuditAction action,
            String subjectId,
            String summary,
            String before,
            String after) {
        this.at = at;
        this.actorId = actorId;
        this.actorName = cut(actorName, 200);
        this.action = action.name();
        this.subjectType = action.subject();
        this.subjectId = cut(subjectId, 100);
        this.summary = cut(summary, 500);
        this.before = cut(before, STATE_MAX);
        this.after = cut(after, STATE_MAX);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public AuditAction getAction() {
        return AuditAction.valueOf(action);
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getSummary() {
        return summary;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
