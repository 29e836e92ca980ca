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
import se.battrebemotande.account.Account;
import se.battrebemotande.platform.LocalizedText;

/**
 * An issued certificate or diploma. It keeps everything it says (holder, course, parts and dates)
 * as it was on the day it was issued, so later changes to the course or to the learner's name
 * never change a document someone has already printed.
 *
 * <p>A document is never deleted or edited. It can stop being valid in two ways: an administrator
 * revokes it (with a reason that only administrators see), or it is reissued for a corrected name,
 * which issues a new document with a new code and marks this one replaced: {@code replaced_by} on
 * the old row names the new one, so statistics count a reissued document once.
 */
@Entity
@NamedQuery(
        name = "Diploma.ofLearner",
        query = "select d from Diploma d where d.accountId = :account order by d.kind, d.issuedAt")
@NamedQuery(name = "Diploma.byCode", query = "select d from Diploma d where d.code = :code")
@NamedQuery(name = "Diploma.replacedBy", query = "select d from Diploma d where d.replacedBy = :id")
public class Diploma {
    /** The longest revocation reason kept (the column's length). */
    public static final int REASON_MAX = 1000;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "revocation_kind")
    private RevocationKind revocationKind;

    @Column(name = "revocation_reason")
    private String revocationReason;

    @Column(name = "replaced_by")
    private Long replacedBy;

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

    public DiplomaState getState() {
        if (revokedAt == null) {
            return DiplomaState.VALID;
        }
        return replacedBy != null ? DiplomaState.REPLACED : DiplomaState.REVOKED;
    }

    /** Revokes the document from {@code at}; only a valid document can be revoked, and only with a reason. */
    void revoke(RevocationKind kind, String reason, Instant at) {
        mustBeValid();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new DiplomaChangeRefusedException(DiplomaChangeRefusedException.Reason.NO_REASON, code);
        }
        this.revokedAt = at;
        this.revocationKind = kind;
        this.revocationReason = why.length() > REASON_MAX ? why.substring(0, REASON_MAX) : why;
    }

    /**
     * The holder deleted the account: the document no longer holds (if it still did) and keeps no
     * name, so a verification says "revoked at the holder's request" and nothing about who.
     */
    void forgetHolder(Instant at) {
        if (revokedAt == null) {
            this.revokedAt = at;
            this.revocationKind = RevocationKind.HOLDER_REQUEST;
            this.revocationReason = "The holder deleted the account.";
        }
        this.holderName = "";
    }

    public boolean isRevokedAtHoldersRequest() {
        return revocationKind == RevocationKind.HOLDER_REQUEST;
    }

    /**
     * A new document for the same holder, course, parts and dates under the corrected name, to be
     * issued with a new code; only a valid document whose name actually changes can be reissued.
     */
    Diploma reissue(String newCode, String correctedName, Instant at) {
        mustBeValid();
        String name = Account.normalizeName(correctedName);
        if (name == null || name.isEmpty() || name.equals(holderName)) {
            throw new DiplomaChangeRefusedException(DiplomaChangeRefusedException.Reason.SAME_NAME, code);
        }
        List<CompletedPart> copies = parts.stream()
                .map(p -> new CompletedPart(p.getPartId(), p.getTitle(), p.getCompletedAt()))
                .toList();
        return new Diploma(newCode, accountId, kind, partId, name, courseTitle, issuer, copies, at);
    }

    /**
     * Stops the document being valid because it is being reissued: done (and written) before the
     * reissue is stored, since the database holds at most one valid document per holder, kind and
     * part. {@link #replacedBy} then names the reissue.
     */
    void retireForReissue(Instant at) {
        mustBeValid();
        this.revokedAt = at;
        this.revocationKind = RevocationKind.REPLACED;
    }

    /** Marks the document replaced by its reissue (which must have its id already). */
    void replacedBy(Diploma successor, Instant at) {
        if (revokedAt == null) {
            retireForReissue(at);
        }
        this.replacedBy = successor.getId();
    }

    private void mustBeValid() {
        if (getState() == DiplomaState.REVOKED) {
            throw new DiplomaChangeRefusedException(DiplomaChangeRefusedException.Reason.REVOKED, code);
        }
        if (getState() == DiplomaState.REPLACED) {
            throw new DiplomaChangeRefusedException(DiplomaChangeRefusedException.Reason.REPLACED, code);
        }
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

    public RevocationKind getRevocationKind() {
        return revocationKind;
    }

    /** The administrator's reason: for administrators only, never shown on verification or to the holder. */
    public String getRevocationReason() {
        return revocationReason;
    }

    /** The id of the document that replaced this one, or null. */
    public Long getReplacedBy() {
        return replacedBy;
    }

    public List<CompletedPart> getParts() {
        return parts;
    }
}
