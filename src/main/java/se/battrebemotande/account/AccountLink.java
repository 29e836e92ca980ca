package se.battrebemotande.account;

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
import java.time.Instant;

/**
 * A single-use link sent by mail to an account's owner. Only the hash of its secret is kept, so the
 * database alone opens nothing; it works once, and not after it expires.
 */
@Entity
@Table(name = "account_link")
@NamedQuery(name = "AccountLink.findByHash", query = "select l from AccountLink l where l.tokenHash = :hash")
@NamedQuery(
        name = "AccountLink.retireOpen",
        query = "update AccountLink l set l.usedAt = :now, l.version = l.version + 1"
                + " where l.accountId = :account and l.purpose = :purpose and l.usedAt is null")
@NamedQuery(name = "AccountLink.deleteOf", query = "delete from AccountLink l where l.accountId = :account")
public class AccountLink {
    @Id
    @SequenceGenerator(name = "account_link_seq", sequenceName = "account_link_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_link_seq")
    private Long id;

    @Column(name = "account_id")
    private long accountId;

    @Enumerated(EnumType.STRING)
    private LinkPurpose purpose;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "new_email")
    private String newEmail;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected AccountLink() {}

    AccountLink(long accountId, LinkPurpose purpose, String tokenHash, String newEmail, Instant now) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.newEmail = newEmail;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.lifetime());
    }

    /** Whether the link still works at {@code now}: not used and not expired. */
    boolean isOpen(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }

    public long getAccountId() {
        return accountId;
    }

    public LinkPurpose getPurpose() {
        return purpose;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
