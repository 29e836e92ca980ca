package se.battrebemotande.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * A person on an organisation's list. Enrolled by address first (not invited yet, then invited with
 * a personal link that expires), a member once they join with their account and agree to what the
 * organisation sees. Their account, progress and diplomas are theirs: removing a member removes
 * only this row.
 */
@Entity
@Table(name = "membership")
@NamedQuery(
        name = "Membership.findByAccount",
        query = "select m from Membership m where m.organisationId = :organisation and m.accountId = :account")
@NamedQuery(
        name = "Membership.findByEmail",
        query = "select m from Membership m where m.organisationId = :organisation and m.email = :email")
@NamedQuery(name = "Membership.findByToken", query = "select m from Membership m where m.invitationTokenHash = :hash")
@NamedQuery(
        name = "Membership.findOfAccount",
        query = "select m from Membership m where m.accountId = :account order by m.joinedAt")
@NamedQuery(
        name = "Membership.countAdmins",
        query = "select count(m) from Membership m where m.organisationId = :organisation"
                + " and m.role = se.battrebemotande.organisation.MemberRole.ADMIN")
public class Membership {
    /** How often a member may be reminded. */
    public static final Duration REMINDER_INTERVAL = Duration.ofDays(7);

    @Id
    @SequenceGenerator(name = "membership_seq", sequenceName = "membership_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_seq")
    private Long id;

    @Column(name = "organisation_id")
    private long organisationId;

    @Column(name = "account_id")
    private Long accountId;

    private String email;

    private String name;

    @Enumerated(EnumType.STRING)
    private MemberRole role;

    private String language;

    @Column(name = "added_at")
    private Instant addedAt;

    @Column(name = "invitation_token_hash")
    private String invitationTokenHash;

    @Column(name = "invited_at")
    private Instant invitedAt;

    @Column(name = "invitation_expires_at")
    private Instant invitationExpiresAt;

    @Column(name = "invitation_mail_id")
    private Long invitationMailId;

    @Column(name = "joined_at")
    private Instant joinedAt;

    @Column(name = "consented_at")
    private Instant consentedAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Version
    private long version;

    protected Membership() {}

    private Membership(long organisationId, String email, String name, Locale language, Instant now) {
        this.organisationId = organisationId;
        this.email = email;
        this.name = name;
        this.role = MemberRole.MEMBER;
        this.language = language.getLanguage();
        this.addedAt = now;
    }

    /** Someone put on the list by address, not invited yet. */
    static Membership enrolled(long organisationId, String email, String name, Locale language, Instant now) {
        return new Membership(organisationId, email, name, language, now);
    }

    /** Someone who joined with their account (by the join link, or on creating the organisation). */
    static Membership joined(long organisationId, long accountId, String email, Locale language, Instant now) {
        Membership member = new Membership(organisationId, email, null, language, now);
        member.join(accountId, now);
        return member;
    }

    /** Sends (or sends again) a personal invitation: only the hash of its token is kept. */
    void invite(String tokenHash, Instant now, Instant expiresAt, long mailId) {
        if (isJoined()) {
            throw new IllegalStateException("Membership " + id + " has already joined");
        }
        this.invitationTokenHash = tokenHash;
        this.invitedAt = now;
        this.invitationExpiresAt = expiresAt;
        this.invitationMailId = mailId;
    }

    /** Joins with an account, agreeing to what the organisation sees; the invitation is used up. */
    void join(long accountId, Instant now) {
        this.accountId = accountId;
        this.joinedAt = now;
        this.consentedAt = now;
        this.invitationTokenHash = null;
    }

    public boolean isJoined() {
        return accountId != null;
    }

    public boolean isInvited() {
        return !isJoined() && invitedAt != null;
    }

    public boolean isInvitationValid(Instant now) {
        return isInvited() && invitationTokenHash != null && now.isBefore(invitationExpiresAt);
    }

    /** A joined member may be reminded once a week at most. */
    public boolean mayBeReminded(Instant now) {
        return isJoined() && (remindedAt == null || !now.isBefore(remindedAt.plus(REMINDER_INTERVAL)));
    }

    void reminded(Instant now) {
        this.remindedAt = now;
    }

    void makeAdmin() {
        if (!isJoined()) {
            throw new IllegalStateException("Only a member who has joined can administer");
        }
        this.role = MemberRole.ADMIN;
    }

    void makeMember() {
        this.role = MemberRole.MEMBER;
    }

    public boolean isAdmin() {
        return role == MemberRole.ADMIN;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public MemberRole getRole() {
        return role;
    }

    public Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getInvitationExpiresAt() {
        return invitationExpiresAt;
    }

    public Long getInvitationMailId() {
        return invitationMailId;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }
}
