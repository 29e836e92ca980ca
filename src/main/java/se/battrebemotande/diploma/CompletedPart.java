package se.battrebemotande.diploma;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.io.Serializable;
import java.time.Instant;
import se.battrebemotande.platform.LocalizedText;

/** A part as a diploma names it: its title as it was when issued, and when it was completed. */
@Embeddable
public class CompletedPart implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "part_id")
    private long partId;

    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "title_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    private LocalizedText title;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected CompletedPart() {}

    public CompletedPart(long partId, LocalizedText title, Instant completedAt) {
        this.partId = partId;
        this.title = title;
        this.completedAt = completedAt;
    }

    public long getPartId() {
        return partId;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
