package se.battrebemotande.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What is left of an organisation merged into another: its id, name and join link, pointing at the
 * organisation it became part of. Its old join link leads there while that organisation's own link
 * is on; renewing that link closes the old ones too.
 */
@Entity
@Table(name = "organisation_merge")
@NamedQuery(
        name = "OrganisationMerge.findByJoinCode",
        query = "select m from OrganisationMerge m where m.joinCode = :code")
public class OrganisationMerge {
    @Id
    @Column(name = "old_id")
    private Long oldId;

    @Column(name = "old_name")
    private String oldName;

    @Column(name = "join_code")
    private String joinCode;

    @Column(name = "kept_id")
    private long keptId;

    @Column(name = "merged_at")
    private Instant mergedAt;

    @Column(name = "merged_by")
    private Long mergedBy;

    protected OrganisationMerge() {}

    OrganisationMerge(Organisation duplicate, long keptId, long mergedBy, Instant now) {
        this.oldId = duplicate.getId();
        this.oldName = duplicate.getName();
        this.joinCode = duplicate.isJoinLinkEnabled() ? duplicate.getJoinCode() : null;
        this.keptId = keptId;
        this.mergedBy = mergedBy;
        this.mergedAt = now;
    }

    public Long getOldId() {
        return oldId;
    }

    public String getOldName() {
        return oldName;
    }

    public long getKeptId() {
        return keptId;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }
}
