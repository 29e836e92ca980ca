package se.battrebemotande.diploma;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.battrebemotande.platform.LocalizedText;

/**
 * An issued certificate or diploma. It keeps everything it says (holder, course, parts and dates)
 * as it was on the day it was issued, so later changes to the course or to the learner's name
 * never change a document someone has already printed.
 */
@Entity
@NamedQuery(
        name = "Diploma.ofLearner",
        query = "select d from Diploma d where d.accountId = :account order by d.kind, d.issuedAt")
@NamedQuery(name = "Diploma.byCode", query = "select d from Diploma d where d.code = :code")
public class Diploma {
    @Id
    @SequenceGenerator(name = "diploma_seq", sequenceName = "diploma_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "diploma_seq")
    private Long id;

    private String code;

    @Column(name = "account_id")
    private long accountId;

    @Enumerated(EnumType.STRING)
    private DiplomaKind kind;

    @Column(name = "part_id")
    private Long partId;

    @Column(name = "holder_name")
    private String holderName;

    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "course_title_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "course_title_en"))
    private LocalizedText courseTitle;

    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "issuer_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "issuer_en"))
    private LocalizedText issuer;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "diploma_part", joinColumns = @JoinColumn(name = "diploma_id"))
    @OrderColumn(name = "position")
    private List<CompletedPart> parts = new ArrayList<>();

    protected Diploma() {}

    Diploma(
            String code,
            long accountId,
            DiplomaKind kind,
            Long partId,
            String holderName,
            LocalizedText courseTitle,
            LocalizedText issuer,
            List<CompletedPart> parts,
            Instant issuedAt) {
        this.code = code;
        this.accountId = accountId;
        this.kind = kind;
        this.partId = partId;
        this.holderName = holderName;
        this.courseTitle = courseTitle;
        this.issuer = issuer;
        this.parts.addAll(parts);
        this.issuedAt = issuedAt;
    }

    public boolean isValid() {
        return revokedAt == null;
    }

    public boolean isCourseDiploma() {
        return kind == DiplomaKind.COURSE;
    }

    public boolean covers(long part) {
        return partId != null && partId == part;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public long getAccountId() {
        return accountId;
    }

    public DiplomaKind getKind() {
        return kind;
    }

    public Long getPartId() {
        return partId;
    }

    public String getHolderName() {
        return holderName;
    }

    public LocalizedText getCourseTitle() {
        return courseTitle;
    }

    public LocalizedText getIssuer() {
        return issuer;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public List<CompletedPart> getParts() {
        return parts;
    }
}
