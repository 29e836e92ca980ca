package se.battrebemotande.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A list of people read from a file or pasted, kept while its administrator looks at the preview.
 * Nobody is enrolled or mailed until it is confirmed; then, or after a day, it is deleted.
 */
@Entity
@Table(name = "enrolment_draft")
public class EnrolmentDraft {
    /** How long an unconfirmed list is kept. */
    public static final Duration KEPT = Duration.ofDays(1);

    @Id
    @SequenceGenerator(name = "enrolment_draft_seq", sequenceName = "enrolment_draft_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_draft_seq")
    private Long id;

    @Column(name = "organisation_id")
    private long organisationId;

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    private String source;

    @Column(name = "row_count")
    private int rowCount;

    protected EnrolmentDraft() {}

    EnrolmentDraft(long organisationId, long createdBy, String source, int rowCount, Instant now) {
        this.organisationId = organisationId;
        this.createdBy = createdBy;
        this.source = source.length() > 300 ? source.substring(0, 300) : source;
        this.rowCount = rowCount;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The file's name, or empty for a pasted list. */
    public String getSource() {
        return source;
    }

    public int getRowCount() {
        return rowCount;
    }
}
